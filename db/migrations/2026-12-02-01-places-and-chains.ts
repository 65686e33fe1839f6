import { sql, type Kysely } from 'kysely'

// Frozen once landed. The association's counties and industry chains, kept by its coordinators:
// records name one of these, so 「汶上」 never becomes a county of its own in the figures.
// Seeded with Jining's counties and the chains of the Golden Bridge reports; edit over the API.
const COUNTIES = ['任城区', '兖州区', '曲阜市', '邹城市', '微山县', '鱼台县', '金乡县', '嘉祥县', '汶上县', '泗水县', '梁山县']
const CHAINS = [
  '高端装备', '高端化工', '新一代信息技术', '生物医药', '医养健康', '新材料', '新能源', '汽车配件', '纺织服装',
  '智慧农机', '现代农业', '煤盐化工', '食品加工', '大数据',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table vocabulary_terms (
    kind text not null check (kind in ('county', 'industry_chain')),
    name text not null check (char_length(name) between 1 and 40),
    position int not null,
    created_at timestamptz not null default now(),
    primary key (kind, name)
  )`.execute(db)
  const rows = [...COUNTIES.map((name, i) => ['county', name, i] as const), ...CHAINS.map((name, i) => ['industry_chain', name, i] as const)]
  for (const [kind, name, position] of rows) await sql`insert into vocabulary_terms (kind, name, position) values (${kind}, ${name}, ${position})`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists vocabulary_terms`.execute(db)
}
