import { OWN_SET, SECOND_SET, THIRD_SET } from '../fixtures/matching/index.ts'

/** The labelled sets the benchmark plants in its generated catalogue. */
export const labelledSets = [OWN_SET, SECOND_SET, THIRD_SET]
