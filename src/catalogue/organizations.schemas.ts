import { z } from '@hono/zod-openapi'
import { Email, Id, PageQuery, Phone, Timestamp, requiredText, tagList, text, prose } from '../http/common.schemas.ts'
import { PROVIDER_TYPES } from './vocabulary.ts'

export const OrganizationKind = z.enum(['enterprise', 'provider']).openapi({ description: 'enterprise 企业 / provider 服务方' })
export const ProviderType = z.enum(PROVIDER_TYPES.codes).openapi({ description: PROVIDER_TYPES.list.map((t) => `${t.code} ${t.zh}`).join('; ') })
// 统一社会信用代码: 18 characters, digits and capital letters (GB 32100-2015).
const CreditCode = z.string().trim().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码格式无效 (invalid unified social credit code)')

const organizationFields = {
  name: requiredText(100).openapi({ example: '济宁鲁科纺织有限公司' }),
  creditCode: CreditCode.nullable().optional(),
  county: requiredText(40).openapi({ example: '汶上县' }),
  industryChains: tagList(10).default([]).openapi({ example: ['纺织服装'] }),
  description: prose(2000).default(''),
  website: z.url('网址无效 (invalid URL)').max(300).nullable().optional(),
}

export const CreateOrganization = z
  .strictObject({ kind: OrganizationKind, providerType: ProviderType.nullable().optional(), ...organizationFields })
  .superRefine((o, ctx) => {
    if (o.kind === 'provider' && !o.providerType) ctx.addIssue({ code: 'custom', path: ['providerType'], message: '服务方须注明类型 (a provider needs a providerType)' })
    if (o.kind === 'enterprise' && o.providerType) ctx.addIssue({ code: 'custom', path: ['providerType'], message: '企业不应有服务方类型 (an enterprise has no providerType)' })
  })
  .openapi('CreateOrganization')
export type CreateOrganization = z.infer<typeof CreateOrganization>

export const UpdateOrganization = z
  .strictObject({
    name: organizationFields.name.optional(),
    creditCode: organizationFields.creditCode,
    county: organizationFields.county.optional(),
    industryChains: tagList(10).optional(),
    description: prose(2000).optional(),
    website: organizationFields.website,
    providerType: ProviderType.optional(),
  })
  .openapi('UpdateOrganization')
export type UpdateOrganization = z.infer<typeof UpdateOrganization>

export const Organization = z
  .object({
    id: Id,
    kind: OrganizationKind,
    providerType: ProviderType.nullable(),
    name: z.string(),
    creditCode: z.string().nullable(),
    county: z.string(),
    industryChains: z.array(z.string()),
    description: z.string(),
    website: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Organization')
export type Organization = z.infer<typeof Organization>

export const ListOrganizationsQuery = PageQuery.extend({
  kind: OrganizationKind.optional(),
  providerType: ProviderType.optional(),
  county: requiredText(40).optional(),
  industryChain: requiredText(40).optional(),
  q: requiredText(100).optional().openapi({ description: '名称包含的文字 (text in the name)' }),
})
export type ListOrganizationsQuery = z.infer<typeof ListOrganizationsQuery>

// People of an organisation (or coordinators, who belong to none).
export const Language = z.enum(['zh', 'en']).openapi({ description: 'zh 中文 / en English: the language of the e-mails a person receives' })

export const CreatePerson = z
  .strictObject({
    organizationId: Id.nullable().openapi({ description: '所属机构；科协工作人员为 null (null for a coordinator)' }),
    name: requiredText(60).openapi({ example: '李建国' }),
    email: Email.nullable().optional(),
    phone: Phone.nullable().optional(),
    position: text(60).nullable().optional().openapi({ example: '技术总监' }),
    language: Language.default('zh'),
  })
  .openapi('CreatePerson')
export type CreatePerson = z.infer<typeof CreatePerson>

export const UpdatePerson = z
  .strictObject({
    name: requiredText(60).optional(),
    email: Email.nullable().optional(),
    phone: Phone.nullable().optional(),
    position: text(60).nullable().optional(),
    language: Language.optional(),
  })
  .openapi('UpdatePerson')
export type UpdatePerson = z.infer<typeof UpdatePerson>

export const Person = z
  .object({
    id: Id,
    organizationId: Id.nullable(),
    accessRole: z.enum(['coordinator', 'member']),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    position: z.string().nullable(),
    language: Language,
    accessDisabled: z.boolean().openapi({ description: '访问已被停用 (access disabled by a coordinator)' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Person')
export type Person = z.infer<typeof Person>

export const ListPeopleQuery = PageQuery.extend({ organizationId: Id.optional(), q: requiredText(100).optional().openapi({ description: '姓名、邮箱或电话包含的文字 (text in the name, e-mail or phone)' }) })
export type ListPeopleQuery = z.infer<typeof ListPeopleQuery>
