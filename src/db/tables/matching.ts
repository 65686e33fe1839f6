import type { ColumnType, Selectable } from 'kysely'

export type Corpus = 'need' | 'capability'
export type MatchStatus = 'shortlisted' | 'accepted' | 'rejected'

export interface TermStatsTable {
  corpus: Corpus
  token: string
  df: number
}

export interface CorpusStatsTable {
  corpus: Corpus
  docs: number
  totalLength: number
}

export interface MatchTermsTable {
  id: string
  terms: string[]
  note: string | null
  createdBy: string | null
  createdAt: ColumnType<Date, Date | undefined, never>
  updatedAt: Date
}
export type MatchTermRow = Selectable<MatchTermsTable>

export interface MatchesTable {
  id: string
  needId: string
  capabilityId: string
  status: MatchStatus
  score: number
  reasons: ColumnType<unknown, string, string>
  note: string | null
  decidedBy: string
  decidedAt: Date
  createdAt: Date
}
export type MatchRow = Selectable<MatchesTable>

export interface MatchHistoryTable {
  id: string
  matchId: string
  actorId: string
  at: Date
  fromStatus: MatchStatus | null
  toStatus: MatchStatus
  note: string | null
}

export type InterestStatus = 'pending' | 'accepted' | 'declined'

/** 「我能解决」: a provider's word that one of its capabilities can solve a need. */
export interface NeedInterestsTable {
  id: string
  needId: string
  capabilityId: string
  providerId: string
  personId: string
  note: string
  status: ColumnType<InterestStatus, InterestStatus | undefined, InterestStatus>
  decidedBy: string | null
  decidedAt: Date | null
  decisionNote: string | null
  createdAt: Date
}
export type NeedInterestRow = Selectable<NeedInterestsTable>

/** A need word ↔ capability word association learned from decisions. */
export interface LearnedTermsTable {
  needToken: string
  capabilityToken: string
  strength: number
  support: number
}

/** A record's vector from the embeddings endpoint, for one model and one version of its text. */
export interface EmbeddingsTable {
  corpus: Corpus
  recordId: string
  model: string
  textHash: string
  vector: number[]
  createdAt: ColumnType<Date, Date | undefined, never>
}
