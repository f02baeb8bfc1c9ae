/** Non-report gov.cn pages made for the bench: an article, and a 5 MB page. */
export function syntheticPages(): { name: string; html: string; url: string }[] {
  const para = '<p>为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，现将有关事项通知如下。各单位要高度重视，认真组织实施，确保各项措施落到实处。</p>';
  const article = `<!doctype html><html><head><meta charset="utf-8"><title>关于开展2024年度安全生产检查的通知_通知公告_示例市人民政府</title></head><body><div class="header"><a href="/">首页</a></div><div id="zoom">${para.repeat(40)}</div></body></html>`;
  const table = '<table><tr><td>项目</td><td>金额</td></tr><tr><td>办公经费</td><td>123</td></tr></table>';
  let big = '';
  while (big.length < 5_000_000) big += para + table;
  const huge = `<!doctype html><html><head><meta charset="utf-8"><title>示例市统计年鉴2024_统计数据_示例市人民政府</title></head><body>${big}</body></html>`;
  return [
    { name: 'ordinary article', html: article, url: 'http://www.example.gov.cn/tzgg/2024/art_1.html' },
    { name: '5 MB page with many tables', html: huge, url: 'http://www.example.gov.cn/tjsj/nj2024.html' },
  ];
}
