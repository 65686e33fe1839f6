import { filtersOf } from '../../features/console/url-filters'

// The filters each console list keeps in its URL: the API's own query parameters, by name.

export const DIRECTORY_FILTERS = ['kind', 'providerType', 'county', 'industryChain', 'q'] as const
export const NEED_FILTERS = ['status', 'county', 'industryChain', 'organizationId', 'needType', 'q'] as const
export const CAPABILITY_FILTERS = ['status', 'county', 'industryChain', 'organizationId', 'serviceType', 'q'] as const
export const MAIL_FILTERS = ['status', 'kind', 'q'] as const
export const FIGURE_FILTERS = ['from', 'to', 'county', 'industryChain'] as const
export const MATCHING_FILTERS = ['needId', 'view', 'eventId', 'county', 'industryChain'] as const
export const EVENT_FILTERS = ['tab'] as const
export const OUTCOME_FILTERS = ['tab', 'needId', 'providerId', 'sessionId'] as const

export const directorySearch = filtersOf(DIRECTORY_FILTERS)
export const needFilters = filtersOf(NEED_FILTERS)
export const capabilityFilters = filtersOf(CAPABILITY_FILTERS)
export const mailSearch = filtersOf(MAIL_FILTERS)
export const figureSearch = filtersOf(FIGURE_FILTERS)
export const matchingSearch = filtersOf(MATCHING_FILTERS)
export const eventSearch = filtersOf(EVENT_FILTERS)
export const outcomeSearch = filtersOf(OUTCOME_FILTERS)
