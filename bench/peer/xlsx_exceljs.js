// The same 100,000-row list with exceljs's streaming writer (the Node.js peer).
const ExcelJS = require('exceljs');
const rows = parseInt(process.argv[2], 10), out = process.argv[3];
const units = ['Ủy ban nhân dân xã Mỹ Đức', 'Ủy ban nhân dân xã Mỹ Lộc', 'Phòng Nội vụ', 'Ủy ban nhân dân thị trấn Phù Mỹ'];
(async () => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  ws.autoFilter = `A3:J${3 + rows}`;
  const font = { name: 'Times New Roman', size: 12 };
  const thin = { style: 'thin' };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  ws.mergeCells('A1:J1');
  const t = ws.getRow(1); t.getCell(1).value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'; t.font = { ...font, bold: true }; t.commit();
  ws.getRow(2).commit();
  const h = ws.getRow(3);
  ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Kết quả thẩm định', 'Phiếu đồng ý', 'Tỷ lệ %', 'Tiền thưởng (đồng)']
    .forEach((v, i) => { const c = h.getCell(i + 1); c.value = v; c.font = { ...font, bold: true }; c.border = border; });
  h.commit();
  for (let i = 0; i < rows; i++) {
    const r = ws.getRow(4 + i);
    const v = [i + 1, `Nguyễn Thị Ngọc Ánh ${i}`, 'Công chức Văn phòng - Thống kê', units[Math.floor(i / 25) % 4],
      'Giấy khen của Chủ tịch Ủy ban nhân dân huyện', 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính; có sáng kiến được công nhận cấp cơ sở',
      'Đủ điều kiện', 6, 6 / 7, 710000];
    v.forEach((x, k) => { const c = r.getCell(k + 1); c.value = x; c.font = font; c.border = border;
      if (k === 8) c.numFmt = '0.00%'; else if (k >= 7 || k === 0) c.numFmt = '#,##0'; });
    r.commit();
  }
  const last = ws.getRow(4 + rows);
  last.getCell(10).value = { formula: `SUM(J4:J${3 + rows})`, result: 710000 * rows }; last.commit();
  await wb.commit();
})();
