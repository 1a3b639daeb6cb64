import type { ReactNode } from 'react';
import { Page } from '../components/page';

// A Notice of Privacy Practices (45 CFR 164.520) for an organization that runs Custos, in plain
// language: the required header, a summary first, then uses and disclosures, the AI section,
// the patient's rights, our duties and how to complain. The organization adds its contact details.

const SECTIONS = [
  ['summary', 'The short version'],
  ['uses', 'How we use and share your information'],
  ['ai', 'Artificial intelligence (AI)'],
  ['permission', 'When we need your written permission'],
  ['rights', 'Your rights'],
  ['duties', 'Our duties'],
  ['complaints', 'Questions and complaints'],
] as const;

/** The Notice of Privacy Practices. */
export function PrivacyNoticePage(): ReactNode {
  return (
    <Page title="Notice of Privacy Practices" wide>
      <p className="notice notice-info">
        <strong>
          This notice describes how medical information about you may be used and disclosed and how you can get access to this information.
          Please review it carefully.
        </strong>
      </p>
      <nav aria-labelledby="toc-heading" className="toc">
        <h2 id="toc-heading">On this page</h2>
        <ol>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section id="summary" aria-labelledby="summary-h" className="section summary">
        <h2 id="summary-h">The short version</h2>
        <ul>
          <li>We use your health information to care for you, to be paid for that care, and to run our services. We share it only as the law allows.</li>
          <li>
            <strong>AI is opt-in.</strong> No outside AI service receives information that identifies you unless you agreed to it and the service
            has signed a contract (a business associate agreement) that binds it to HIPAA.
          </li>
          <li>Your information is encrypted, only the people who care for you can open it, and every access is recorded.</li>
          <li>You can see and get a copy of your records, ask us to correct them, and see who we shared them with.</li>
          <li>We never sell your information, and we do not use it for marketing without your written permission.</li>
          <li>If you think your privacy rights were not respected, you can complain to us or to the U.S. Department of Health and Human Services. We will not hold it against you.</li>
        </ul>
      </section>

      <section id="uses" aria-labelledby="uses-h" className="section">
        <h2 id="uses-h">How we use and share your information</h2>
        <h3>To treat you</h3>
        <p>Doctors, nurses and other members of your care team read and add to your records so they can care for you, and share them with other providers who treat you.</p>
        <h3>To be paid</h3>
        <p>We share what your health plan needs to pay for your care, such as the services you received.</p>
        <h3>To run our organization</h3>
        <p>We use information to improve care, train staff, check quality and keep our systems secure. We use the least information needed for each task.</p>
        <h3>Other uses the law allows or requires</h3>
        <p>In limited cases, and only as the law sets out, we may share information:</p>
        <ul>
          <li>when a law requires it, or for a court or administrative order;</li>
          <li>for public health, such as reporting diseases or problems with medicines;</li>
          <li>to prevent a serious threat to someone’s health or safety;</li>
          <li>with health oversight agencies, for audits and inspections;</li>
          <li>to report suspected abuse, neglect or domestic violence;</li>
          <li>with law enforcement, coroners, funeral directors and organ donation organizations, in the ways the law allows;</li>
          <li>for research approved under privacy rules, workers’ compensation, and special government functions such as military and national security.</li>
        </ul>
        <h3>People involved in your care</h3>
        <p>Unless you say no, we may share information with a family member or friend who helps with your care or pays for it, limited to what they need.</p>
      </section>

      <section id="ai" aria-labelledby="ai-h" className="section">
        <h2 id="ai-h">Artificial intelligence (AI)</h2>
        <p>Custos can use AI, for example to summarize your records for your care team or to answer your questions. Here is how we keep that safe:</p>
        <ul>
          <li>
            <strong>Only with your consent.</strong> Before information that identifies you goes to an AI service, you choose whether to agree,
            for which purposes, and whether we must ask you each time. You can take your consent back at any time.
          </li>
          <li>
            <strong>Only to services bound by HIPAA.</strong> An AI service receives identifiable information only if it has signed a business
            associate agreement with us, which requires it to protect your information and not use it for anything else.
          </li>
          <li>
            <strong>Otherwise, de-identified or nothing.</strong> Without both, we remove names, dates and other details that could identify you
            before anything is sent, or we send nothing.
          </li>
          <li>
            <strong>Recorded and visible to you.</strong> Each time information goes to an AI service, we record what kind of information went,
            to whom and why. You can see this in your list of disclosures.
          </li>
          <li>AI answers support your care team; they do not replace your clinician’s judgment.</li>
        </ul>
      </section>

      <section id="permission" aria-labelledby="permission-h" className="section">
        <h2 id="permission-h">When we need your written permission</h2>
        <p>
          For any use not described here we ask for your written permission (an authorization), including most uses of psychotherapy notes,
          marketing, and any sale of your information. You can cancel a permission at any time, except for what we already did relying on it.
        </p>
      </section>

      <section id="rights" aria-labelledby="rights-h" className="section">
        <h2 id="rights-h">Your rights</h2>
        <dl className="rights">
          <dt>See and get a copy of your records</dt>
          <dd>
            You can see or get an electronic or paper copy of your health information. In Custos you can download it yourself in a standard format
            (FHIR). We answer other requests within 30 days and may charge a reasonable, cost-based fee for copies.
          </dd>
          <dt>Ask us to correct your records</dt>
          <dd>If you think information is wrong or incomplete, ask us to amend it. We may say no, but we will tell you why in writing within 60 days.</dd>
          <dt>Get a list of those we shared your information with</dt>
          <dd>
            You can ask for an accounting of disclosures: who received your information in the six years before you ask, and why, apart from
            treatment, payment, operations and a few other cases. In Custos you can also see who looked at your records.
          </dd>
          <dt>Ask us to limit what we use or share</dt>
          <dd>
            You can ask us not to use or share certain information. We do not have to agree, except that if you pay for a service in full yourself,
            you can tell us not to share it with your health plan, and we will agree unless a law requires us to share it.
          </dd>
          <dt>Choose how we contact you</dt>
          <dd>You can ask us to contact you in a certain way (for example, only by email) or at a different address. We will agree to reasonable requests.</dd>
          <dt>Get a copy of this notice</dt>
          <dd>You can ask for a paper copy at any time, even if you agreed to get it electronically.</dd>
          <dt>Choose someone to act for you</dt>
          <dd>A person with your medical power of attorney, or your legal guardian, can use your rights for you.</dd>
          <dt>Complain</dt>
          <dd>See “Questions and complaints” below.</dd>
        </dl>
      </section>

      <section id="duties" aria-labelledby="duties-h" className="section">
        <h2 id="duties-h">Our duties</h2>
        <ul>
          <li>The law requires us to keep your health information private and secure.</li>
          <li>We will tell you promptly if a breach happens that may have put your information at risk.</li>
          <li>We must follow this notice and give you a copy of it.</li>
          <li>We may change this notice; the changes apply to all information we hold. The new notice will be on this page and available on request.</li>
        </ul>
      </section>

      <section id="complaints" aria-labelledby="complaints-h" className="section">
        <h2 id="complaints-h">Questions and complaints</h2>
        <p>
          For questions, or to use any of your rights, contact the privacy officer of the organization that provides your care through Custos.
        </p>
        <p>
          You can also complain to the U.S. Department of Health and Human Services, Office for Civil Rights, at hhs.gov/ocr/complaints or by calling
          1-877-696-6775. We will not take any action against you for filing a complaint.
        </p>
      </section>
    </Page>
  );
}
