import { createRoute } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, pageOf, problemResponses } from '../http/common.schemas.ts'
import {
  CreateOrganization,
  CreatePerson,
  ListOrganizationsQuery,
  ListPeopleQuery,
  Organization,
  Person,
  UpdateOrganization,
  UpdatePerson,
} from './organizations.schemas.ts'

const organizations = ['机构 Organizations']
const people = ['人员 People']

export const createOrganizationRoute = createRoute({
  method: 'post', path: '/organizations', tags: organizations, security: bearer,
  summary: '登记机构（企业或服务方）Register an organization — coordinators',
  request: { body: jsonBody(CreateOrganization) },
  responses: { 201: jsonResponse(Organization, '已登记 (created)'), ...problemResponses },
})

export const listOrganizationsRoute = createRoute({
  method: 'get', path: '/organizations', tags: organizations, security: bearer,
  summary: '机构名录 List organizations',
  request: { query: ListOrganizationsQuery },
  responses: { 200: jsonResponse(pageOf(Organization), '一页机构 (a page of organizations)'), ...problemResponses },
})

export const getOrganizationRoute = createRoute({
  method: 'get', path: '/organizations/{id}', tags: organizations, security: bearer,
  summary: '查看机构 Get an organization',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Organization, '机构 (the organization)'), ...problemResponses },
})

export const updateOrganizationRoute = createRoute({
  method: 'patch', path: '/organizations/{id}', tags: organizations, security: bearer,
  summary: '修改机构信息 Update an organization — coordinators or its own staff',
  request: { params: IdParam, body: jsonBody(UpdateOrganization) },
  responses: { 200: jsonResponse(Organization, '已修改 (updated)'), ...problemResponses },
})

export const createPersonRoute = createRoute({
  method: 'post', path: '/people', tags: people, security: bearer,
  summary: '添加人员 Add a person — coordinators, or staff for their own organization',
  request: { body: jsonBody(CreatePerson) },
  responses: { 201: jsonResponse(Person, '已添加 (created)'), ...problemResponses },
})

export const listPeopleRoute = createRoute({
  method: 'get', path: '/people', tags: people, security: bearer,
  summary: '人员列表 List people (staff see their own organization only)',
  request: { query: ListPeopleQuery },
  responses: { 200: jsonResponse(pageOf(Person), '一页人员 (a page of people)'), ...problemResponses },
})

export const getPersonRoute = createRoute({
  method: 'get', path: '/people/{id}', tags: people, security: bearer,
  summary: '查看人员 Get a person',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Person, '人员 (the person)'), ...problemResponses },
})

export const updatePersonRoute = createRoute({
  method: 'patch', path: '/people/{id}', tags: people, security: bearer,
  summary: '修改人员信息 Update a person',
  request: { params: IdParam, body: jsonBody(UpdatePerson) },
  responses: { 200: jsonResponse(Person, '已修改 (updated)'), ...problemResponses },
})
