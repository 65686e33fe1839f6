import { z } from '@hono/zod-openapi'
import { AGREEMENT_KINDS } from '../catalogue/vocabulary.ts'
import { CalendarDate, Id, Timestamp, requiredText, text, requiredProse } from '../http/common.schemas.ts'

export const AgreementKind = z.enum(AGREEMENT_KINDS.codes).openapi({ description: AGREEMENT_KINDS.list.map((t) => `${t.code} ${t.zh}`).join('; ') })
const NeedIds = z.array(Id).max(50).default([]).transform((ids) => [...new Set(ids)])

export const RecordIntention = z
  .strictObject({ enterpriseId: Id, providerId: Id, sessionId: Id.optional(), needIds: NeedIds, statedOn: CalendarDate, description: requiredProse(2000) })
  .openapi('RecordIntention')
export type RecordIntention = z.infer<typeof RecordIntention>

export const RecordAgreement = z
  .strictObject({
    enterpriseId: Id, providerId: Id, intentionId: Id.optional(), needIds: NeedIds, kind: AgreementKind, signedOn: CalendarDate,
    amountYuan: z.number().int().min(0).max(1_000_000_000_000).nullable().default(null), termMonths: z.number().int().min(1).max(600).nullable().default(null),
    documentRef: text(200).nullable().default(null),
  })
  .openapi('RecordAgreement')
export type RecordAgreement = z.infer<typeof RecordAgreement>

export const ResolveNeed = z
  .strictObject({
    how: z.enum(['agreement', 'session', 'outside']).openapi({ description: '通过协议、对接会，或平台之外解决 (through an agreement, a session, or outside the platform)' }),
    agreementId: Id.optional(), sessionId: Id.optional(), evidence: requiredProse(2000), resolvedOn: CalendarDate,
  })
  .refine((r) => (r.how === 'agreement') === Boolean(r.agreementId) && (r.how === 'session') === Boolean(r.sessionId), { message: '请注明对应的协议或对接会 (name the agreement or session)', path: ['how'] })
  .openapi('ResolveNeed')
export type ResolveNeed = z.infer<typeof ResolveNeed>

export const SummaryQuery = z
  .object({
    from: CalendarDate, to: CalendarDate,
    county: requiredText(40).optional(), industryChain: requiredText(40).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from 不能晚于 to (from must not be after to)', path: ['from'] })
export type SummaryQuery = z.infer<typeof SummaryQuery>

export const BreakdownQuery = SummaryQuery.safeExtend({ by: z.enum(['county', 'industryChain', 'month']).openapi({ description: '分组：县市区、产业链或月份 (group by)' }) })

export const Summary = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    nationalSocieties: z.number().int(), provincialSocieties: z.number().int(), universitiesAndInstitutes: z.number().int(), experts: z.number().int(),
    eventsHeld: z.number().int(), sessionsHeld: z.number().int(), enterprisesServed: z.number().int(), industryChainsServed: z.number().int(),
    needsCollected: z.number().int(), needsResolved: z.number().int(), intentions: z.number().int(), agreements: z.number().int(),
    agreementAmountYuan: z.number(), serviceStations: z.number().int(),
  })
  .openapi('Summary')

export const OutcomeRecorded = z.object({ id: Id, version: z.number().int(), createdAt: Timestamp }).passthrough()

export const CorrectIntention = z
  .strictObject({ statedOn: CalendarDate.optional(), description: requiredProse(2000).optional(), needIds: z.array(Id).max(50).optional(), reason: requiredProse(500) })
  .openapi('CorrectIntention')
export type CorrectIntention = z.infer<typeof CorrectIntention>

export const CorrectAgreement = z
  .strictObject({
    kind: AgreementKind.optional(), signedOn: CalendarDate.optional(), amountYuan: z.number().int().min(0).max(1_000_000_000_000).nullable().optional(),
    termMonths: z.number().int().min(1).max(600).nullable().optional(), documentRef: text(200).nullable().optional(), reason: requiredProse(500),
  })
  .openapi('CorrectAgreement')
export type CorrectAgreement = z.infer<typeof CorrectAgreement>

export const OutcomeVersion = z
  .object({ version: z.number().int(), snapshot: z.record(z.string(), z.unknown()), changedBy: Id, changedAt: Timestamp, reason: z.string().nullable() })
  .openapi('OutcomeVersion')
