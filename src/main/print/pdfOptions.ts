// 生成 PDF 的选项（Electron 的 printToPDF 与外壳的 page.pdf 共用）：A4、按打印页的 @page、每页页脚「第 N 页 共 M 页」
/** Chromium fills pageNumber and totalPages into these spans; the footer sits in the page's bottom margin. */
export const PAGE_FOOTER =
  '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'SimSun\',\'宋体\',\'Noto Serif CJK SC\',\'Noto Sans CJK SC\',serif;color:#000;">' +
  '第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>'

/** An empty header: without it Chromium prints the date and the page title at the top. */
export const PAGE_HEADER = '<span></span>'

export const pdfOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: PAGE_HEADER,
  footerTemplate: PAGE_FOOTER
} as const
