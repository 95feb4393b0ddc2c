// 党费规则表的类型（数据在 seeds/rules/dues.json）：人员类别、分档比例、取舍、欠交预警、补交上限
export type DuesBracket = { upToFen: number | null; permille: number }

export type DuesCategory =
  | { code: string; name: string; kind: 'brackets'; brackets: string; baseNote: string }
  | { code: string; name: string; kind: 'fixed'; minFen: number; maxFen: number; defaultFen: number }

export type DuesRules = {
  key: string
  version: string
  title: string
  source: string
  categories: DuesCategory[]
  brackets: Record<string, DuesBracket[]>
  roundTo: { fen: number; note: string }
  arrears: { yellowMonths: number; redMonths: number }
  makeUpMaxMonths: number
}
