// Form fields with their label, hint and error tied together, so screen readers announce the
// hint and the error with the field (aria-describedby) and mark it invalid (aria-invalid).
import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

export interface FieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  /** Why we ask, or how to fill it in; read out with the field. */
  hint?: ReactNode;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, hint and error of one field, tied to the control by ids (see describedBy). */
function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: string | undefined; children: ReactNode }): ReactNode {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * A labelled input with an optional hint and error.
 *
 * @example
 *   <TextField id="email" label="Email address" type="email" value={email} onValueChange={setEmail} error={errors.email} />
 */
export function TextField({ id, label, value, onValueChange, hint, error, inputRef, ...input }: FieldProps): ReactNode {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        ref={inputRef}
        {...input}
      />
    </FieldFrame>
  );
}

/**
 * A password input with a "Show" toggle (NIST SP 800-63B: let people check what they typed).
 *
 * @example
 *   <PasswordField id="password" label="Password" autoComplete="new-password" value={pw} onValueChange={setPw} />
 */
export function PasswordField(props: FieldProps): ReactNode {
  const [shown, setShown] = useState(false);
  const { id, label, value, onValueChange, hint, error, inputRef, ...input } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div className="password-row">
        <input
          id={id}
          name={id}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          ref={inputRef}
          spellCheck={false}
          autoCapitalize="off"
          {...input}
        />
        <button type="button" className="button-secondary" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
          <span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </FieldFrame>
  );
}

/**
 * A checkbox with its label beside it.
 *
 * @example
 *   <Checkbox id="saved" checked={saved} onCheckedChange={setSaved}>I have saved my recovery codes</Checkbox>
 */
export function Checkbox({ id, checked, onCheckedChange, children }: { id: string; checked: boolean; onCheckedChange(checked: boolean): void; children: ReactNode }): ReactNode {
  return (
    <div className="field field-checkbox">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(event) => onCheckedChange(event.target.checked)} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** Disables itself and says so while the form is being sent, so it is not sent twice. */
export function SubmitButton({ busy, children, busyText = 'Please wait…' }: { busy: boolean; children: ReactNode; busyText?: string }): ReactNode {
  return (
    <button type="submit" className="button-primary" disabled={busy} aria-disabled={busy}>
      {busy ? busyText : children}
    </button>
  );
}

/**
 * A labelled drop-down list.
 *
 * @example
 *   <SelectField id="role" label="Role" value={role} onValueChange={setRole} options={[['clinician', 'Clinician']]} />
 */
export function SelectField({
  id,
  label,
  value,
  onValueChange,
  options,
  hint,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  options: ReadonlyArray<readonly [string, string]>;
  hint?: ReactNode;
  error?: string | undefined;
}): ReactNode {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select id={id} name={id} value={value} onChange={(event) => onValueChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A labelled multi-line text input.
 *
 * @example
 *   <TextAreaField id="reason" label="Reason" value={reason} onValueChange={setReason} />
 */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
  inputRef?: Ref<HTMLTextAreaElement>;
}): ReactNode {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        ref={inputRef}
      />
    </FieldFrame>
  );
}
