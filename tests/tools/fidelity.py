#!/usr/bin/python3
"""Line and page fidelity of tdkt's own PDF against LibreOffice's rendering of tdkt's DOCX.

usage: fidelity.py TDKT_BINARY PROJECT_ROOT OUT_DIR [--breaks first-fit|total-fit]
                   [--min-share 0.9] [--same-pages]

For every form example (forms/examples/*.json) and the Kế hoạch of every bundled movement, renders the
DOCX, the PDF and the line record (`--to lines`), converts all DOCX files with one soffice call, and
reports per document: pages (tdkt / LibreOffice), the share of paragraphs whose lines are identical, and
how many pages begin with the same line (the page breaks fall at the same place).

Lines are read back from each PDF with poppler (pdftotext -bbox-layout); a poppler line is cut where two
words are more than 8 pt (and 1.5 times the line's median gap) apart, which separates table cells and the two header columns. A paragraph is
identical when every one of its lines is found, word for word, among the lines LibreOffice produced.
The same extraction on tdkt's own PDF must find its own lines ("self" column): that calibrates the method.
Exits 1 when --min-share or --same-pages is not met.
"""
import collections, glob, os, re, shutil, subprocess, sys, unicodedata
import xml.etree.ElementTree as ET

NOW = '2026-11-21'
GAP = 8.0


def fold(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()


def pdf_lines(path):
    return [l for page in pdf_pages(path) for l in page]


def pdf_pages(path):
    """The lines of each page."""
    out = subprocess.run(['pdftotext', '-bbox-layout', path, '-'], capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    return [page_lines(p) for p in root.iter('{http://www.w3.org/1999/xhtml}page')]


def page_lines(page):
    lines = []
    for line in page.iter('{http://www.w3.org/1999/xhtml}line'):
        words = [(float(w.get('xMin')), float(w.get('xMax')), w.text or '') for w in line.iter('{http://www.w3.org/1999/xhtml}word')]
        gaps = sorted(b[0] - a[1] for a, b in zip(words, words[1:]))
        # A justified line has even gaps: only a gap well above the line's usual one separates columns.
        cut = max(GAP, 1.5 * gaps[len(gaps) // 2]) if gaps else GAP
        cur, last = [], None
        for x0, x1, text in words:
            if last is not None and x0 - last > cut:
                lines.append(fold(' '.join(cur)))
                cur = []
            cur.append(text)
            last = x1
        if cur:
            lines.append(fold(' '.join(cur)))
    return lines


def page_starts(path):
    """The first line of every page but the first, skipping the page number."""
    starts = []
    for lines in pdf_pages(path)[1:]:
        body = [l for l in lines if not l.isdigit()]
        starts.append(body[0] if body else '')
    return starts


def pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'^Pages:\s+(\d+)', out, re.M).group(1))


def our_paragraphs(path):
    paras, cur = [], None
    for l in open(path, encoding='utf-8').read().split('\n'):
        if l.startswith('¶ '):
            cur = []
            paras.append(cur)
        elif l and cur is not None:
            # A blank left to write in by hand (no-break spaces) is a gap the PDF reading cuts the line at.
            cur.extend(fold(piece) for piece in re.split('\u00a0{3,}', l) if fold(piece))
    return [p for p in paras if p]


def share(paras, lines):
    pool = collections.Counter(lines)
    same = multi = multi_same = 0
    misses = []
    for p in paras:
        ok = all(pool[l] > 0 for l in p)
        if ok:
            for l in p:
                pool[l] -= 1
            same += 1
        elif len(misses) < 3:
            misses.append(' / '.join(p)[:160])
        if len(p) > 1:
            multi += 1
            multi_same += ok
    return same, multi, multi_same, misses


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    tdkt, root, out = argv[0], argv[1], argv[2]
    breaks, min_share, same_pages = 'first-fit', None, False
    i = 3
    while i < len(argv):
        if argv[i] == '--breaks': breaks = argv[i + 1]; i += 2
        elif argv[i] == '--min-share': min_share = float(argv[i + 1]); i += 2
        elif argv[i] == '--same-pages': same_pages = True; i += 1
        else: print('unknown argument', argv[i]); return 2
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out + '/lo')
    cases = [(os.path.basename(f)[:-5], os.path.basename(f)[:-5], f) for f in sorted(glob.glob(root + '/forms/examples/*.json'))]
    cases += [('ke-hoach-' + os.path.basename(f)[:3], 'ke-hoach', f) for f in sorted(glob.glob(root + '/examples/movements/*.json'))]
    for name, form, data in cases:
        for to, ext in (('docx', 'docx'), ('pdf', 'pdf'), ('lines', 'lines')):
            cmd = [tdkt, '--now', NOW, 'render', form, '--data', data, '--to', to, '-o', f'{out}/{name}.{ext}']
            if to != 'docx': cmd += ['--breaks', breaks]
            subprocess.run(cmd, check=True, capture_output=True)
    profile = f'file://{os.path.abspath(out)}/lo-profile'
    docx = [f'{out}/{n}.docx' for n, _, _ in cases]
    for attempt in range(2):
        r = subprocess.run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf',
                            '--outdir', f'{out}/lo'] + docx, capture_output=True, timeout=600)
        if all(os.path.exists(f'{out}/lo/{n}.pdf') for n, _, _ in cases):
            break
    tot = tot_same = tot_multi = tot_multi_same = 0
    self_tot = self_same = 0
    starts_tot = starts_same = 0
    page_diff = []
    print(f'{"document":34} {"pages tdkt/LO":>13} {"identical paragraphs":>22} {"multi-line":>12} {"self":>6} {"page starts":>12}')
    for name, _, _ in cases:
        paras = our_paragraphs(f'{out}/{name}.lines')
        lo = pdf_lines(f'{out}/lo/{name}.pdf')
        mine = pdf_lines(f'{out}/{name}.pdf')
        s, m, ms, misses = share(paras, lo)
        ss, _, _, _ = share(paras, mine)
        p1, p2 = pages(f'{out}/{name}.pdf'), pages(f'{out}/lo/{name}.pdf')
        st1, st2 = page_starts(f'{out}/{name}.pdf'), page_starts(f'{out}/lo/{name}.pdf')
        st = sum(1 for a, b in zip(st1, st2) if a == b)
        starts_tot += len(st1); starts_same += st
        if p1 != p2: page_diff.append(name)
        tot += len(paras); tot_same += s; tot_multi += m; tot_multi_same += ms
        self_tot += len(paras); self_same += ss
        print(f'{name:34} {p1:>6}/{p2:<6} {s:>5}/{len(paras):<4} {100*s/max(1,len(paras)):5.1f}%   '
              f'{ms:>3}/{m:<3}    {100*ss/max(1,len(paras)):5.1f}%   {st:>4}/{len(st1):<4}')
        for miss in misses:
            print('      differs:', miss)
    sh = tot_same / max(1, tot)
    print(f'{"TOTAL":34} {len(cases)-len(page_diff):>6}/{len(cases):<6} {tot_same:>5}/{tot:<4} {100*sh:5.1f}%   '
          f'{tot_multi_same:>3}/{tot_multi:<3}    {100*self_same/max(1,self_tot):5.1f}%   {starts_same:>4}/{starts_tot:<4}')
    print(f'pages that begin with the same line: {starts_same} of {starts_tot} (every page after the first)')
    print(f'same page count: {len(cases)-len(page_diff)} of {len(cases)} documents' +
          (f' (differs: {", ".join(page_diff)})' if page_diff else ''))
    bad = False
    if min_share is not None and sh < min_share:
        print(f'FAIL: identical paragraphs {100*sh:.1f}% < {100*min_share:.0f}%'); bad = True
    if same_pages and page_diff:
        print('FAIL: page counts differ'); bad = True
    if self_same != self_tot:
        print('FAIL: the extraction does not find all of tdkt\'s own lines in tdkt\'s own PDF'); bad = True
    print('FAIL' if bad else 'PASS')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
