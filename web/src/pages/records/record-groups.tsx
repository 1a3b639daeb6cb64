// The grouped record list both the patient's record and the clinician's chart show.
import type { ReactNode } from 'react';
import { formatWhen } from '../../format';
import { formatRecordDate, groupRecords, type TFhir } from './record-summary';

/**
 * @example
 *   <RecordGroups records={records} action={(r) => <button>…</button>} />
 */
export function RecordGroups({ records, action }: { records: readonly TFhir[]; action?: (record: TFhir) => ReactNode }): ReactNode {
  const groups = groupRecords(records);
  if (groups.length === 0) return <p>There are no records yet.</p>;
  return (
    <>
      {groups.map(({ group, label, items }) => (
        <section key={group} aria-labelledby={`group-${group}`} className={group === 'adjacent' ? 'section records-adjacent' : 'section'}>
          <h2 id={`group-${group}`}>{label}</h2>
          {group === 'adjacent' ? <p className="small">Readings from wearables and home devices you or your apps added. Your care team treats them as information, not as clinical results.</p> : null}
          <ul className="record-list records-compact">
            {items.map(({ record, summary }) => (
              <li key={record.id} className="record" aria-label={summary.title}>
                <p className="records-line">
                  <strong>{summary.title}</strong>
                  {summary.detail ? <span>: {summary.detail}</span> : null}
                </p>
                <p className="small">{summary.when ? formatRecordDate(summary.when, formatWhen) : 'Date not recorded'}</p>
                {action ? action(record) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
