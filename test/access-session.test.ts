import { accessSuite } from './support/access-suite.ts'

// The same access rules for a browser signed in with a session cookie.
accessSuite('session')
