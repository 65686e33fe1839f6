import { BANDS } from './weights.ts'

// How sure the matcher is: a band per suggestion, and a verdict on the list as a whole, so that
// three weak suggestions never look like three good ones.

export type Band = 'strong' | 'medium' | 'weak'

export function bandOf(score: number): Band {
  return score >= BANDS.strong ? 'strong' : score >= BANDS.medium ? 'medium' : 'weak'
}

export type Verdict = 'good' | 'uncertain' | 'none'

export interface Advice {
  verdict: Verdict
  /** What the list means, in Chinese and English. */
  message: string
  /** What the enterprise (or the provider) and the coordinator can do next. */
  actions: string[]
}

/**
 * The verdict on one need's suggestions. `none` when every candidate is weak (or there is none):
 * the right provider is probably not in the catalogue yet, and the list says what to do instead.
 */
export function needAdvice(bands: readonly Band[], chain: string): Advice {
  if (bands.includes('strong')) return { verdict: 'good', message: '有把握较大的服务方 (strong candidates found)', actions: [] }
  if (bands.includes('medium')) {
    return {
      verdict: 'uncertain',
      message: '有部分相关的服务方，但把握一般 (related providers, none a sure fit)',
      actions: ['补充需求描述：写明现在的做法、想达到的指标和设备工艺 (describe the current practice, the targets and the equipment)', '请科协工作人员帮助判断 (ask the coordinator to judge)'],
    }
  }
  return {
    verdict: 'none',
    message: '目前没有合适的服务方 (no suitable provider yet)',
    actions: [
      '放宽需求：换用更通用的说法，或拆成几个小问题 (broaden the need: plainer words, or smaller problems)',
      '联系科协工作人员，由科协定向寻找专家 (ask the coordinator to look for an expert)',
      `邀请「${chain}」产业链的学会、高校和院所入驻并发布服务能力 (invite the societies, universities and institutes of this chain)`,
    ],
  }
}

/** The same verdict for a capability looking for needs. */
export function capabilityAdvice(bands: readonly Band[]): Advice {
  if (bands.includes('strong')) return { verdict: 'good', message: '有匹配度较高的需求 (strong candidates found)', actions: [] }
  if (bands.includes('medium')) return { verdict: 'uncertain', message: '有部分相关的需求，但把握一般 (related needs, none a sure fit)', actions: ['补充服务能力的关键词和典型案例 (add keywords and typical cases)'] }
  return {
    verdict: 'none',
    message: '目前没有合适的需求 (no suitable need yet)',
    actions: ['补充关键词、技术领域和服务的产业链 (add keywords, fields and the chains served)', '请科协工作人员在对接活动中推介 (ask the coordinator to present it at a docking event)'],
  }
}
