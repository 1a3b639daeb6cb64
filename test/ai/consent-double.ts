// An in-memory ConsentGate for gateway tests that must not depend on the consent module's storage
// (e.g. to make it fail). It keeps the contract honestly: grants per recipient, purpose and
// category, standing or per-instance, revocation, and single-use approvals matching the disclosure.
import { randomUUID } from 'node:crypto';
import type { ConsentGate, DataCategory, TDisclosureRequest } from '../../src/modules/consent/consent.contract';
import type { Purpose } from '../../src/modules/access/access.types';

interface Grant {
  id: string;
  patientId: string;
  providerConfigId: string;
  purposes: Purpose[];
  categories: DataCategory[];
  mode: 'standing' | 'per_instance';
  revoked: boolean;
}

interface Approval {
  grantId: string;
  key: string;
  status: 'pending' | 'approved' | 'used';
}

export interface ConsentDouble extends ConsentGate {
  grant(g: Omit<Grant, 'id' | 'revoked'>): string;
  revoke(grantId: string): void;
  approve(approvalId: string): void;
}

const keyOf = (r: TDisclosureRequest) => JSON.stringify([r.recipient, r.purpose, [...r.categories].sort(), [...r.recordIds].sort()]);

export function createConsentDouble(): ConsentDouble {
  const grants: Grant[] = [];
  const approvals = new Map<string, Approval>();
  return {
    grant(g) {
      const id = randomUUID();
      grants.push({ ...g, id, revoked: false });
      return id;
    },
    revoke(grantId) {
      const g = grants.find((x) => x.id === grantId);
      if (g) g.revoked = true;
    },
    approve(approvalId) {
      const a = approvals.get(approvalId);
      if (a?.status === 'pending') a.status = 'approved';
    },
    async checkDisclosure(_db, request) {
      if (request.recipient.kind !== 'ai_provider') return { kind: 'denied', reasons: ['consent.none'] };
      const providerConfigId = request.recipient.providerConfigId;
      const mine = grants.filter((g) => g.patientId === request.patientId && g.providerConfigId === providerConfigId);
      if (mine.length === 0) return { kind: 'denied', reasons: ['consent.none'] };
      const live = mine.filter((g) => !g.revoked);
      if (live.length === 0) return { kind: 'denied', reasons: ['consent.revoked'] };
      const forPurpose = live.filter((g) => g.purposes.includes(request.purpose));
      if (forPurpose.length === 0) return { kind: 'denied', reasons: ['consent.purpose_not_covered'] };
      const covering = forPurpose.find((g) => request.categories.every((c) => g.categories.includes(c)));
      if (!covering) return { kind: 'denied', reasons: ['consent.category_not_covered'] };
      if (covering.mode === 'standing') return { kind: 'granted', grantId: covering.id, approvalId: null, reasons: ['consent.granted'] };
      if (!request.approvalId) {
        const approvalId = randomUUID();
        approvals.set(approvalId, { grantId: covering.id, key: keyOf(request), status: 'pending' });
        return { kind: 'approval_required', grantId: covering.id, approvalId, reasons: ['consent.approval_required'] };
      }
      const approval = approvals.get(request.approvalId);
      if (!approval || approval.key !== keyOf(request)) return { kind: 'denied', reasons: ['consent.approval_mismatch'] };
      if (approval.status === 'used') return { kind: 'denied', reasons: ['consent.approval_used'] };
      if (approval.status !== 'approved') return { kind: 'denied', reasons: ['consent.approval_pending'] };
      approval.status = 'used';
      return { kind: 'granted', grantId: covering.id, approvalId: request.approvalId, reasons: ['consent.granted'] };
    },
  };
}
