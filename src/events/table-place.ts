/** "A1" → "A1 桌", but "对接1号桌" and "第二会议室" stay as they are: no "对接1号桌 桌". */
export function tablePlace(name: string): string {
  return /[桌台室厅间]$/.test(name) ? name : `${name} 桌`
}
