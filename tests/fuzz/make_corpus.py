#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz harnesses (tests/fuzz/corpus/TARGET/): the shipped templates and
examples, and the hostile cases the hostile-input work fixed (deep nesting, a DOCTYPE, numbers too large,
bare CRs, text after a closing quote, a workbook in the 1904 date system, zip members of one name, zip-slip).
Rerun after adding a case; the files are reviewed and committed, libFuzzer adds its own findings beside them."""
import io, json, os, re, shutil, sys, zipfile

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
out = os.path.join(root, "tests", "fuzz", "corpus")

def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# ── templates ──
for base, _, files in os.walk(os.path.join(root, "templates")):
    for f in sorted(files):
        if f.endswith(".xml"):
            put("template", "shipped-" + f, open(os.path.join(base, f), "rb").read())
n = 28000
put("template", "hostile-deep-inline", "<template><p>" + "<b>" * n + "x" + "</b>" * n + "</p></template>")
put("template", "hostile-deep-if", "<template>" + '<if test="true">' * n + "<p>x</p>" + "</if>" * n + "</template>")
put("template", "hostile-deep-rows", '<template><table cols="1000">' + '<if test="true">' * 3000 +
    "<row><cell/></row>" + "</if>" * 3000 + "</table></template>")
put("template", "hostile-deep-parens", "<template><p>{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}</p></template>")
put("template", "hostile-bignum", "<template><p>{{ 99999999999999999999999 }}</p></template>")
put("template", "hostile-doctype", '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<template><p>&xxe;</p></template>")
put("template", "hostile-loops", "<template>" + '<for each="x in ds">' * 8 + '<if test="false"><p>a</p></if>' +
    "</for>" * 8 + "</template>")
put("template", "hostile-include-self", '<template><include src="partials/signature.xml"/>'
    '<include src="../../etc/passwd"/><include src="/etc/passwd"/></template>')
put("template", "hostile-control", "<template><p>{{ x\x1b[31m }}</p></template>")

# ── expressions: every {{ … }} and test= of the shipped templates, and hostile ones ──
seen = set()
for base, _, files in os.walk(os.path.join(root, "templates")):
    for f in files:
        t = open(os.path.join(base, f), encoding="utf-8").read()
        for e in re.findall(r"\{\{(.*?)\}\}", t, re.S) + re.findall(r'(?:test|each)="([^"]*)"', t):
            e = e.strip()
            if e and e not in seen:
                seen.add(e)
for i, e in enumerate(sorted(seen)):
    put("expr", "shipped-%03d" % i, e)
for name, e in {"parens": "(" * 2000 + "1" + ")" * 2000, "nots": "not " * 900 + "true",
                "chain": " or ".join(["true"] * 600), "filters": "1" + " | default(1" * 300 + ")" * 300,
                "bignum": "99999999999999999999", "float": "1.2.3.4e999", "neg": "-9223372036854775808",
                "index": "ds[99999999999999999999].t", "quote": "'chưa đóng"}.items():
    put("expr", "hostile-" + name, e)

# ── JSON: the example movements, datasets, contests; hostile ones ──
for sub in ("movements", "datasets", "contests"):
    for base, _, files in os.walk(os.path.join(root, "examples", sub)):
        for f in sorted(files):
            if f.endswith(".json"):
                put("json", sub + "-" + f, open(os.path.join(base, f), "rb").read())
put("json", "hostile-deep-arrays", "[" * 20000 + "]" * 20000)
put("json", "hostile-deep-objects", '{"a":' * 5000 + "1" + "}" * 5000)
put("json", "hostile-numbers", "[1e999, -1e999, 123456789012345678901234567890, 0.0000000000000000000001, -0]")
put("json", "hostile-strings", '["\\ud800", "\\udc00\\ud800", "a\\u0000b", "Nguye\u0302\u0303n", "\\uZZZZ"]')
put("json", "hostile-bom-dup", '\ufeff{"schema": "tdkt.movement/1", "schema": "x", "code": 5}')

# ── CSV ──
for base, _, files in os.walk(os.path.join(root, "examples")):
    for f in sorted(files):
        if f.endswith(".csv"):
            put("csv", "example-" + f, open(os.path.join(base, f), "rb").read())
put("csv", "hostile-bare-cr", "Họ tên,Đơn vị\r1,a\r2,b\r\n3,c\n4,d\r5,e\r")
put("csv", "hostile-after-quote", 'Họ tên,Ghi chú\n"Trần Thị Bích Ngọc"x,\nAn,"nói \\"có\\" rồi"\n')
put("csv", "hostile-unclosed", 'a,b\n"x,y\n')
put("csv", "hostile-long-cell", "a\n" + "x" * 40000 + "\n")
put("csv", "hostile-wide", ",".join(["c"] * 2000) + "\n")
put("csv", "hostile-latin1", b"H\xe1 t\xean\nNguy\xean\n")
put("csv", "hostile-bom-semicolon", "\ufeffHọ tên;Điểm\nAn;8,5\n")

# ── XLSX (hand-built, as the unit tests build them) ──
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
def book(sheet_data, shared=None, workbook_pr="", extra=()):
    b = io.BytesIO()
    z = zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED)
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">%s'
               '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, REL, workbook_pr))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
               '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet"'
               ' Target="worksheets/sheet1.xml"/></Relationships>' % REL)
    z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>%s'
               "</sheetData></worksheet>" % (MAIN, sheet_data))
    if shared is not None:
        z.writestr("xl/sharedStrings.xml", '<sst xmlns="%s">%s</sst>' % (MAIN, shared))
    z.writestr("xl/styles.xml", '<styleSheet xmlns="%s"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
               "</styleSheet>" % MAIN)
    for name, data in extra:
        z.writestr(name, data)
    z.close()
    return b.getvalue()
row = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c>' \
      '<c r="C1" s="1"><v>31227</v></c><c r="D1"><f>1+1</f><v>2</v></c><c r="E1" t="b"><v>1</v></c></row>'
put("xlsx", "good", book(row, "<si><t>Họ và tên</t></si>"))
put("xlsx", "hostile-1904", book(row, "<si><t>x</t></si>", '<workbookPr date1904="1"/>'))
put("xlsx", "hostile-sst-range", book('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', "<si><t>x</t></si>"))
put("xlsx", "hostile-rows-order", book('<row r="3"><c r="A3" t="inlineStr"><is><t>a</t></is></c></row><row r="2"/>'))
put("xlsx", "hostile-doctype", book("", '<!DOCTYPE x [<!ENTITY e "a">]><si><t>&e;</t></si>'))
put("xlsx", "hostile-escape", book('<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b_xD800__x005F_x</t></is></c></row>'))
dup = book(row, "<si><t>x</t></si>", extra=[("xl/worksheets/sheetZ.xml", "<worksheet/>")])
put("xlsx", "hostile-twin-members", dup.replace(b"sheetZ.xml", b"sheet1.xml"))
put("xlsx", "hostile-slip", book(row, extra=[("../../evil.txt", "x")]))

# ── packets ──
def packet(files, manifest=None, extra=()):
    import hashlib
    b = io.BytesIO()
    z = zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED)
    m = manifest or {"format": "tdkt.packet/1", "files": [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in files]}
    z.writestr("manifest.json", json.dumps(m, ensure_ascii=False))
    for n, d in list(files) + list(extra):
        z.writestr(n, d)
    z.close()
    return b.getvalue()
good = [("to-trinh.pdf", b"%PDF-1.7 x"), ("danh-sach.xlsx", b"PK fake")]
put("packet", "good", packet(good))
put("packet", "changed", packet(good, extra=[("thua.txt", b"x")]).replace(b"%PDF-1.7 x", b"%PDF-1.7 y"))
put("packet", "hostile-manifest", packet(good, {"format": "tdkt.packet/1", "files": [{"name": 5}, {"sha256": []}, "x"]}))
put("packet", "hostile-slip", packet([("../x", b"a"), ("/etc/y", b"b")]))
put("packet", "hostile-not-zip", b"PK\x03\x04" + b"\x00" * 100)
print("corpus:", {t: len(os.listdir(os.path.join(out, t))) for t in sorted(os.listdir(out))})
