#!/usr/bin/python3
"""Checks a rendered Kế hoạch DOCX against its seed plan: every criterion, quota line and recipient of the
movement definition must be in the DOCX (read with python-docx) and, for seeds with real text (not OCR),
in the seed plan itself, after NFC and whitespace folding. usage: seed_text.py MOVEMENT.json DOCX [SEED.txt]"""
import json, re, sys, unicodedata
import docx

def fold(s):
    # "Lưu:VT." in a seed and "Lưu: VT." as NĐ 30 writes it are the same line
    s = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()
    return re.sub(r':\s*', ': ', s)

def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return fold(' '.join(parts))

m = json.load(open(sys.argv[1], encoding='utf-8'))
text = docx_text(sys.argv[2])
seed = fold(open(sys.argv[3], encoding='utf-8').read()) if len(sys.argv) > 3 else None
wanted = [('tiêu chí ' + c['id'], c['text']) for c in m.get('criteria', [])]
wanted += [('số lượng ' + a['id'], a['quota']['text']) for a in m['awards'] if a.get('quota', {}).get('text')]
wanted += [('nơi nhận', r) for r in m['recipients']]
wanted += [('người ký', m['signer']['name'])]
fails = 0
for what, t in wanted:
    t = fold(t)
    if t not in text:
        print(f'FAIL: {what} missing from the DOCX: {t[:90]}'); fails += 1
    # quota lines of seed 004 are tdkt's summary of an OCR text; everything else must be the seed's own words
    if seed is not None and t not in seed and not what.startswith('số lượng') :
        print(f'FAIL: {what} not in the seed text: {t[:90]}'); fails += 1
print(f'{len(wanted) * (2 if seed else 1) - fails} passed, {fails} failed')
sys.exit(1 if fails else 0)
