// Renders the same two documents with docxtemplater and Carbone, each N times in one process, in memory,
// and prints milliseconds per document as JSON. Called by bench/run.sh; not a test.
const fs = require('fs');
const path = require('path');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');
const carbone = require('carbone');

const dir = process.argv[2];
const nReport = parseInt(process.argv[3], 10);
const nList = parseInt(process.argv[4], 10);
const load = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));

function dxt(template, data, n) {
  const content = fs.readFileSync(template);
  const once = () => {
    const doc = new Docxtemplater(new PizZip(content), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  once();
  const t0 = process.hrtime.bigint();
  let out;
  for (let i = 0; i < n; i++) out = once();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  fs.writeFileSync(template.replace(/\.docx$/, '.out.docx'), out);
  return ms;
}

function carboneRender(template, data) {
  return new Promise((resolve, reject) => carbone.render(template, data, {}, (err, res) => (err ? reject(err) : resolve(res))));
}
async function cb(template, data, n) {
  await carboneRender(template, data);
  const t0 = process.hrtime.bigint();
  let out;
  for (let i = 0; i < n; i++) out = await carboneRender(template, data);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  fs.writeFileSync(template.replace(/\.docx$/, '.out.docx'), out);
  return ms;
}

(async () => {
  const rep = load('peer-bao-cao.json');
  const ds = load('peer-danh-sach-500.json');
  const result = {
    docxtemplater: {
      report: dxt(path.join(dir, 'bao-cao-docxtemplater.docx'), rep, nReport),
      list: dxt(path.join(dir, 'danh-sach-docxtemplater.docx'), ds, nList),
    },
    carbone: {
      report: await cb(path.join(dir, 'bao-cao-carbone.docx'), rep, nReport),
      list: await cb(path.join(dir, 'danh-sach-carbone.docx'), ds, nList),
    },
  };
  console.log(JSON.stringify(result));
})().catch((e) => { console.error(e); process.exit(1); });
