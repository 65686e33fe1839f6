import { PushpinFilled } from '@ant-design/icons'
import { Tooltip } from 'antd'
import type { DragEvent, ReactNode } from 'react'
import { formatDay, formatTime } from '../../app/format'
import { useLanguage } from '../../i18n/language'
import { dayGroups, describe, slotsOf, type Slot, type Table, type Verdict } from './grid-model'

/** A card the grid shows in a cell: a session, or a proposed one (dashed) not yet applied. */
export interface GridCard {
  key: string
  tableId: string
  startsAt: string
  endsAt: string
  title: string
  people: string
  ghost?: boolean
  pinned?: boolean
  status?: { text: string; color: string }
  answers?: { name: string; response: string }[]
}

const VERDICT_STYLE: Record<Verdict['kind'], { background: string; border: string; zh: string; en: string }> = {
  fits: { background: '#e6f4ea', border: '#2e7d32', zh: '可安排', en: 'Fits' },
  unavailable: { background: '#fff8e1', border: '#8a6d00', zh: '不便到场', en: 'Away' },
  seats: { background: '#fff1e6', border: '#a04a00', zh: '座位不足', en: 'Seats' },
  clash: { background: '#fdecea', border: '#b3261e', zh: '冲突', en: 'Clash' },
  taken: { background: '#f0f0f0', border: '#595959', zh: '已占用', en: 'Taken' },
}

const ANSWER: Record<string, { mark: string; zh: string; en: string; color: string }> = {
  accepted: { mark: '✓', zh: '已接受', en: 'accepted', color: '#2e7d32' },
  declined: { mark: '✗', zh: '已谢绝', en: 'declined', color: '#b3261e' },
  needs_action: { mark: '?', zh: '待答复', en: 'no answer yet', color: '#6b6b6b' },
}

interface Props {
  slots: Slot[]
  tables: Table[]
  cards: GridCard[]
  timeZone: string
  chosenKey: string | null
  verdicts: Map<string, Verdict> | null
  /** A click toggles the choice; starting a drag always chooses (`keep`). */
  onChoose: (key: string, keep?: boolean) => void
  onPlace: (slot: number, tableId: string) => void
  cardLabel: (card: GridCard) => string
  tray?: ReactNode
}

/** Tables (or rooms) down the side, slots across; a chosen meeting lights every cell with where it fits and where it clashes. */
export function TimetableGrid({ slots, tables, cards, timeZone, chosenKey, verdicts, onChoose, onPlace, cardLabel }: Props) {
  const { language, t } = useLanguage()
  const days = dayGroups(slots, (iso) => formatDay(iso, timeZone, language))
  const at = new Map<string, GridCard[]>()
  const covered = new Set<string>()
  for (const card of cards) {
    const spans = slotsOf(card, slots)
    if (spans.length === 0) continue
    const key = `${spans[0]}/${card.tableId}`
    at.set(key, [...(at.get(key) ?? []), card])
    for (const s of spans.slice(1)) covered.add(`${s}/${card.tableId}`)
  }
  const drop = (slot: number, tableId: string) => (e: DragEvent) => { e.preventDefault(); onPlace(slot, tableId) }
  return (
    <div className="jq-grid-scroll" role="region" aria-label={t('排程表：行为桌位，列为时段', 'Timetable: tables by slots')} tabIndex={0}>
      <table className="jq-grid">
        <thead>
          <tr>
            <th rowSpan={2} scope="col" className="jq-grid-corner">{t('桌位 \\ 时段', 'Table \\ slot')}</th>
            {days.map((d) => <th key={d.from} colSpan={d.count} scope="colgroup" className="jq-grid-day">{d.day}</th>)}
          </tr>
          <tr>{slots.map((s, i) => <th key={i} scope="col" className="jq-grid-slot">{formatTime(s.startsAt, timeZone)}</th>)}</tr>
        </thead>
        <tbody>
          {tables.map((table) => (
            <tr key={table.id}>
              <th scope="row" className="jq-grid-table">{table.name}<br /><small>{t(`${table.capacity} 座`, `${table.capacity} seats`)}</small></th>
              {slots.map((slot, i) => {
                const key = `${i}/${table.id}`
                const here = at.get(key) ?? []
                const v = verdicts?.get(key)
                const style = v ? VERDICT_STYLE[v.kind] : null
                const where = t(`${table.name}，${formatTime(slot.startsAt, timeZone)}`, `${table.name}, ${formatTime(slot.startsAt, timeZone)}`)
                return (
                  <td key={i} className="jq-grid-cell" data-cell={key} data-verdict={v?.kind}
                    style={style ? { background: style.background, boxShadow: `inset 0 0 0 2px ${style.border}` } : undefined}
                    onDragOver={(e) => e.preventDefault()} onDrop={drop(i, table.id)}>
                    {here.map((card) => <Card key={card.key} card={card} chosen={card.key === chosenKey} onChoose={onChoose} label={cardLabel(card)} />)}
                    {covered.has(key) && here.length === 0 && <span className="jq-grid-cont" aria-hidden>⋯</span>}
                    {v && (
                      <Tooltip title={describe(v, t)}>
                        <button type="button" className="jq-grid-place" onClick={() => onPlace(i, table.id)} aria-label={`${t(style!.zh, style!.en)}：${where}，${describe(v, t)}`} style={{ color: style!.border }}>
                          {t(style!.zh, style!.en)}
                        </button>
                      </Tooltip>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Card({ card, chosen, onChoose, label }: { card: GridCard; chosen: boolean; onChoose: (key: string, keep?: boolean) => void; label: string }) {
  const { t } = useLanguage()
  return (
    <button type="button" className={`jq-card${card.ghost ? ' jq-card-ghost' : ''}${chosen ? ' jq-card-chosen' : ''}`} aria-pressed={chosen} aria-label={label}
      draggable={!card.ghost} onDragStart={(e) => { e.dataTransfer.setData('text/plain', card.key); onChoose(card.key, true) }} onClick={() => onChoose(card.key)}>
      <span className="jq-card-title">{card.pinned && <PushpinFilled aria-hidden style={{ marginInlineEnd: 4 }} />}{card.title}</span>
      <span className="jq-card-people">{card.people}</span>
      <span className="jq-card-foot">
        {card.status && <span style={{ color: card.status.color }}>{card.status.text}</span>}
        {card.answers?.map((a) => (
          <span key={a.name} title={`${a.name}：${t(ANSWER[a.response]!.zh, ANSWER[a.response]!.en)}`} style={{ color: ANSWER[a.response]!.color, marginInlineStart: 4 }}>{ANSWER[a.response]!.mark}</span>
        ))}
      </span>
    </button>
  )
}

export const answerText = (response: string, t: (zh: string, en: string) => string) => t(ANSWER[response]!.zh, ANSWER[response]!.en)
