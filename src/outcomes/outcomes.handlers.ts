import { createRouter } from '../http/router.ts'
import * as routes from './outcomes.routes.ts'
import { recordAgreement, recordIntention } from './record-outcomes.ts'
import { resolveNeed } from './resolve-need.ts'
import { summary } from './summary.ts'
import { correct, versions } from './correct-outcome.ts'
import { breakdown, funnel } from './breakdowns.ts'
import { figuresWorkbook } from './export-figures.ts'
import { outcomesList } from './list-outcomes.ts'
import { confirmFollowUp, listFollowUpAnswers } from './confirm-follow-up.ts'
import { resendFollowUp } from '../events/resend-follow-up.ts'

const recorded = <T extends { createdAt: Date; updatedAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() })

export const outcomesRouter = createRouter()
  .openapi(routes.recordIntentionRoute, async (c) => c.json(recorded(await recordIntention({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })), 201))
  .openapi(routes.recordAgreementRoute, async (c) => c.json(recorded(await recordAgreement({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })), 201))
  .openapi(routes.resolveNeedRoute, async (c) => {
    const row = await resolveNeed({ ctx: c.get('ctx'), actor: c.get('actor'), needId: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(recorded(row), 201)
  })
  .openapi(routes.summaryRoute, async (c) => c.json(await summary({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }), 200))
  .openapi(routes.correctIntentionRoute, async (c) => {
    const row = await correct({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'intentions', id: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(recorded(row), 200)
  })
  .openapi(routes.correctAgreementRoute, async (c) => {
    const row = await correct({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'agreements', id: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(recorded(row), 200)
  })
  .openapi(routes.intentionVersionsRoute, async (c) => c.json({ items: await versions({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'intentions', id: c.req.valid('param').id }) }, 200))
  .openapi(routes.agreementVersionsRoute, async (c) => c.json({ items: await versions({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'agreements', id: c.req.valid('param').id }) }, 200))
  .openapi(routes.breakdownRoute, async (c) => {
    const { by, ...query } = c.req.valid('query')
    return c.json({ items: await breakdown({ ctx: c.get('ctx'), actor: c.get('actor'), query, by }) }, 200)
  })
  .openapi(routes.funnelRoute, async (c) => c.json({ items: await funnel({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }) }, 200))
  .openapi(routes.listIntentionsRoute, async (c) => c.json({ items: await outcomesList({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'intentions', ...c.req.valid('query') }) }, 200))
  .openapi(routes.listAgreementsRoute, async (c) => c.json({ items: await outcomesList({ ctx: c.get('ctx'), actor: c.get('actor'), table: 'agreements', ...c.req.valid('query') }) }, 200))
  .openapi(routes.figuresXlsxRoute, async (c) => {
    const file = await figuresWorkbook({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') })
    c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    c.header('content-disposition', 'attachment; filename="figures.xlsx"')
    return c.body(file as never, 200) as never
  })
  .openapi(routes.followUpAnswersRoute, async (c) => c.json({ items: await listFollowUpAnswers({ ctx: c.get('ctx'), actor: c.get('actor'), ...c.req.valid('query') }) }, 200))
  .openapi(routes.resendFollowUpRoute, async (c) => c.json(await resendFollowUp({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id }), 200))
  .openapi(routes.confirmFollowUpRoute, async (c) => {
    const result = await confirmFollowUp({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, intentionDescription: c.req.valid('json').intentionDescription })
    return c.json(result, 200)
  })
