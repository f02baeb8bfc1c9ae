import type { Lang } from '../model/finding';

/** The panel's words for causes, set-aside findings and blank cells (kept apart from ui.ts's table). */
const TEXT = {
  'zh-CN': {
    causes: '原因',
    causesHint: '先看原因：每一处勾稽关系不成立都归入其最可能的原因。',
    showBlanks: '在页面上标出全部空白单元格',
    setAside: (n: number) => `已忽略 ${n} 处（仅本页），结论未计入`,
    findings: '全部问题',
  },
  en: {
    causes: 'Causes',
    causesHint: 'Start with the causes: every failing identity is grouped under its likeliest cause.',
    showBlanks: 'Outline every blank cell on the page',
    setAside: (n: number) => `${n} set aside (this page only), not counted in the verdict`,
    findings: 'All findings',
  },
} as const;

export function causeUi(lang: Lang) {
  return TEXT[lang];
}
