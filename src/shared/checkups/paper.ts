// 纸面与台账共用的文字：佐证材料一栏先写说明，再列附件文件名
export const evidenceText = (text: string | null | undefined, files: string[] | undefined): string | null =>
  [text, files?.length ? `附件：${files.join('、')}` : null].filter(Boolean).join('；') || null
