import { accessSuite } from './support/access-suite.ts'

accessSuite('token')
