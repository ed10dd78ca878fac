#!/usr/bin/env python3
"""Writes the fixture files in examples/files/ from the real forms transcribed in examples/*.json.

Each form is laid out as its original prints it (see examples/sources/*.md and README.md here), the way
a person fills a template: merged cells, an extra row above the title, labels with spaces or full-width
colons, numbers typed as text in some cells and as numbers in others, percent cells formatted as %.
The script knows nothing of selfeval: it writes LibreOffice's flat XML (.fods workbooks, .fodt Word
documents) into flat/, then has LibreOffice (headless) save each one as .xlsx and .xls, or .docx and
.doc, exactly as a user's "Save as" would.

Usage:  python3 examples/files/make-fixtures.py            (needs soffice on the PATH; Python 3.11
        standard library only)

Rebuilding is deterministic apart from what LibreOffice stamps into the binaries: the flat XML is
identical byte for byte; the zip entries of .xlsx/.docx get a fixed timestamp (1980-01-01) and a fixed
order here, so only LibreOffice's own document metadata can differ; .xls/.doc (OLE2) keep whatever
LibreOffice writes (its summary stream carries no edit time we set, but its layout is LibreOffice's).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FLAT = os.path.join(HERE, "flat")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

META = ('<office:meta><meta:creation-date>2024-04-15T09:00:00</meta:creation-date>'
        '<dc:date>2024-04-15T09:00:00</dc:date><meta:generator>make-fixtures.py</meta:generator>'
        '</office:meta>')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="\'WenQuanYi Micro Hei\'"/>'
         '<style:font-face style:name="SimSun" svg:font-family="SimSun"/>'
         '</office:font-face-decls>')


# --------------------------------------------------------------------------------------------------
# A sheet: cells put at (row, column), 0-based, with spans; written as a table with covered cells.
# --------------------------------------------------------------------------------------------------

class Cell:
    def __init__(self, value, kind, cols, rows, style):
        self.value, self.kind, self.cols, self.rows, self.style = value, kind, cols, rows, style


class Sheet:
    """kind: 's' text, 'n' number (value is the decimal as a string), 'p' percent (value is the
    fraction as a string, e.g. '0.8619'), with an optional number format in style."""

    def __init__(self, name, widths):
        self.name = name
        self.widths = widths          # column widths in cm
        self.cells = {}
        self.covered = set()
        self.heights = {}

    def put(self, r, c, value, kind="s", cols=1, rows=1, style=None):
        if (r, c) in self.cells or (r, c) in self.covered:
            raise ValueError(f"{self.name}: cell {r},{c} taken")
        self.cells[(r, c)] = Cell(value, kind, cols, rows, style)
        for rr in range(r, r + rows):
            for cc in range(c, c + cols):
                if (rr, cc) != (r, c):
                    if (rr, cc) in self.cells or (rr, cc) in self.covered:
                        raise ValueError(f"{self.name}: cell {rr},{cc} taken by a span")
                    self.covered.add((rr, cc))

    def row(self, r, c, *values, style=None):
        """Puts values side by side, one column each; a tuple (value, cols) spans, None skips one column."""
        for v in values:
            if v is None:
                c += 1
                continue
            if isinstance(v, tuple):
                value, cols = v[0], v[1]
                kind = v[2] if len(v) > 2 else "s"
                st = v[3] if len(v) > 3 else style
                self.put(r, c, value, kind, cols=cols, style=st)
                c += cols
            else:
                self.put(r, c, v, style=style)
                c += 1

    def size(self):
        keys = list(self.cells) + list(self.covered)
        return max(k[0] for k in keys) + 1, max(max(k[1] for k in keys) + 1, len(self.widths))


# Cell styles of the workbooks: bordered (b*), unbordered (t*), and number formats.
CELL_STYLES = {
    # name: (border, align, bold, size, data style)
    "b": (True, "center", False, 10, None),
    "bl": (True, "start", False, 10, None),
    "bb": (True, "center", True, 10, None),
    "b2": (True, "center", False, 10, "N2"),      # 0.00
    "b1g": (True, "center", False, 10, "N1G"),    # #,##0.0
    "bp2": (True, "center", False, 10, "P2"),     # 0.00%
    "bp0": (True, "center", False, 10, "P0"),     # 0%
    "title": (False, "center", True, 16, None),
    "sub": (False, "center", False, 11, None),
    "tl": (False, "start", False, 10, None),
}

DATA_STYLES = (
    '<number:number-style style:name="N2"><number:number number:decimal-places="2" '
    'number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>'
    '<number:number-style style:name="N1G"><number:number number:decimal-places="1" '
    'number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
    '<number:percentage-style style:name="P2"><number:number number:decimal-places="2" '
    'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
    '</number:percentage-style>'
    '<number:percentage-style style:name="P0"><number:number number:decimal-places="0" '
    'number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text>'
    '</number:percentage-style>')


def cell_style_xml(name, spec):
    border, align, bold, size, data = spec
    ds = f' style:data-style-name="{data}"' if data else ""
    b = ' fo:border="0.5pt solid #000000"' if border else ' fo:border="none"'
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
            f'<style:table-cell-properties{b} fo:wrap-option="wrap" style:vertical-align="middle"/>'
            f'<style:paragraph-properties fo:text-align="{align}"/>'
            f'<style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei"'
            f' fo:font-size="{size}pt" style:font-size-asian="{size}pt"{weight}/></style:style>')


def odf_text(value):
    """Escapes text for ODF, keeping runs of spaces (ODF collapses them unless written as text:s)."""
    out = escape(value)
    return re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group(0)) - 1}"/>', out)


def paragraphs(value):
    return "".join(f"<text:p>{odf_text(line)}</text:p>" for line in value.split("\n"))


def cell_xml(cell):
    span = ""
    if cell.cols > 1:
        span += f' table:number-columns-spanned="{cell.cols}"'
    if cell.rows > 1:
        span += f' table:number-rows-spanned="{cell.rows}"'
    style = cell.style or {"s": "b", "n": "b", "p": "bp2"}[cell.kind]
    if cell.value is None or cell.value == "":
        return f'<table:table-cell table:style-name="{style}"{span}/>'
    if cell.kind == "s":
        return (f'<table:table-cell table:style-name="{style}"{span} office:value-type="string">'
                f'{paragraphs(cell.value)}</table:table-cell>')
    if cell.kind == "n":
        return (f'<table:table-cell table:style-name="{style}"{span} office:value-type="float" '
                f'office:value="{cell.value}"/>')
    if cell.kind == "p":
        return (f'<table:table-cell table:style-name="{style}"{span} office:value-type="percentage" '
                f'office:value="{cell.value}"/>')
    raise ValueError(cell.kind)


def table_xml(sheet, default_style, word=False):
    rows, cols = sheet.size()
    out = [f'<table:table table:name="{escape(sheet.name)}"'
           + (' table:style-name="tbl"' if word else ' table:style-name="ta1"') + '>']
    for c in range(cols):
        w = sheet.widths[c] if c < len(sheet.widths) else 2.0
        out.append(f'<table:table-column table:style-name="{sheet.name}_co{c}"/>')
    for r in range(rows):
        out.append('<table:table-row>')
        for c in range(cols):
            cell = sheet.cells.get((r, c))
            if cell is not None:
                out.append(word_cell_xml(cell) if word else cell_xml(cell))
            elif (r, c) in sheet.covered:
                out.append('<table:covered-table-cell/>')
            else:
                out.append(f'<table:table-cell table:style-name="{default_style}"/>' if word
                           else '<table:table-cell/>')
        out.append('</table:table-row>')
    out.append('</table:table>')
    return "".join(out)


def column_styles(sheet, word=False):
    family = "table-column"
    return "".join(
        f'<style:style style:name="{sheet.name}_co{c}" style:family="{family}">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for c, w in enumerate(sheet.widths))


# Printed as a form is: A4 landscape, one page wide, no header or footer.
SHEET_PAGE = ('<style:page-layout style:name="pm1"><style:page-layout-properties style:print-orientation="landscape" '
              'fo:page-width="29.7cm" fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
              'fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/>'
              '</style:page-layout>'
              '<style:style style:name="ta1" style:family="table" style:master-page-name="mp1">'
              '<style:table-properties table:display="true"/></style:style>')
SHEET_MASTER = ('<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1">'
                '<style:header style:display="false"/><style:footer style:display="false"/></style:master-page>'
                '</office:master-styles>')


def write_fods(path, sheets):
    styles = "".join(cell_style_xml(n, s) for n, s in CELL_STYLES.items())
    cols = "".join(column_styles(s) for s in sheets)
    body = "".join(table_xml(s, None) for s in sheets)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {NS} office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'{META}{FONTS}<office:styles><style:style style:name="Default" style:family="table-cell">'
           '<style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei"/>'
           f'</style:style></office:styles><office:automatic-styles>{DATA_STYLES}{SHEET_PAGE}{cols}{styles}'
           f'</office:automatic-styles>{SHEET_MASTER}<office:body><office:spreadsheet>{body}</office:spreadsheet>'
           '</office:body></office:document>\n')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(xml)


# --------------------------------------------------------------------------------------------------
# A Word document: paragraphs (body, headings, centred titles, a page break) and tables.
# --------------------------------------------------------------------------------------------------

def word_cell_xml(cell):
    span = ""
    if cell.cols > 1:
        span += f' table:number-columns-spanned="{cell.cols}"'
    if cell.rows > 1:
        span += f' table:number-rows-spanned="{cell.rows}"'
    text = "" if cell.value is None else str(cell.value)
    pstyle = "TC" if (cell.style or "b") not in ("bl", "tl") else "TL"
    inner = "".join(f'<text:p text:style-name="{pstyle}">{odf_text(line)}</text:p>'
                    for line in text.split("\n"))
    return (f'<table:table-cell table:style-name="wc"{span} office:value-type="string">{inner}'
            '</table:table-cell>')


WORD_STYLES = (
    '<office:styles>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="120%"/>'
    '<style:text-properties style:font-name="SimSun" style:font-name-asian="SimSun" fo:font-size="12pt" '
    'style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" '
    'style:country-asian="CN"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
    'style:next-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" '
    'fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
    'style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="1" '
    'style:class="text"><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
    'style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="2" '
    'style:class="text"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>'
    '</office:styles>')

WORD_AUTO = (
    '<office:automatic-styles>'
    '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.1cm"/></style:style>'
    '<style:style style:name="Centre" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center"/></style:style>'
    '<style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-size="26pt" style:font-size-asian="26pt" fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="CoverTail" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-top="3cm"/>'
    '<style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>'
    '<style:style style:name="DocTitle" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:break-before="page"/>'
    '<style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="FormTitle" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>'
    '<style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="TC" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>'
    '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>'
    '<style:style style:name="TL" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="start" fo:line-height="100%"/>'
    '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>'
    '<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>'
    '<style:style style:name="tbl" style:family="table"><style:table-properties style:width="16.5cm" '
    'table:align="center"/></style:style>'
    '<style:style style:name="wc" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.05cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>'
    '{columns}</office:automatic-styles>')

PAGE = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        '</office:master-styles>')
PAGE_LAYOUT = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
               'fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.2cm" '
               'fo:margin-right="2.2cm"/></style:page-layout>')


def write_fodt(path, parts):
    """parts: ('h1'|'h2'|'p'|'centre'|'cover'|'covertail'|'doctitle'|'formtitle'|'small', text) or a Sheet."""
    body, columns = [], []
    for part in parts:
        if isinstance(part, Sheet):
            columns.append(column_styles(part, word=True))
            body.append(table_xml(part, "wc", word=True))
            continue
        kind, text = part
        t = odf_text(text)
        if kind == "h1":
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{t}</text:h>')
        elif kind == "h2":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{t}</text:h>')
        else:
            style = {"p": "Body", "centre": "Centre", "cover": "Cover", "covertail": "CoverTail",
                     "doctitle": "DocTitle", "formtitle": "FormTitle", "small": "Small", "plain": "Standard"}[kind]
            body.append(f'<text:p text:style-name="{style}">{t}</text:p>')
    auto = WORD_AUTO.replace("{columns}", "".join(columns)).replace(
        "</office:automatic-styles>", PAGE_LAYOUT + "</office:automatic-styles>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
           f'{META}{FONTS}{WORD_STYLES}{auto}{PAGE}<office:body><office:text>{"".join(body)}</office:text>'
           '</office:body></office:document>\n')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(xml)


# --------------------------------------------------------------------------------------------------
# The forms.
# --------------------------------------------------------------------------------------------------

def central_funds_and_goals(s, r, unit_label, rows, goal_target, goal_completion):
    """The central template's 项目资金 and 年度总体目标 blocks from row r, 9 columns A–I; returns the next row."""
    s.put(r, 0, unit_label, rows=5)
    s.row(r, 1, ("", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    for i, (label, cells) in enumerate(rows):
        s.put(r + 1 + i, 1, label, cols=2)
        c = 3
        for cell in cells:
            value, kind, span, style = (cell + (1, None))[:4] if len(cell) == 2 else cell
            s.put(r + 1 + i, c, value, kind, cols=span, style=style)
            c += span
    r += 5
    s.put(r, 0, "年度总体目标", rows=2)
    s.row(r, 1, ("预期目标", 4), ("实际完成情况", 4))
    s.row(r + 1, 1, (goal_target, 4, "s", "bl"), (goal_completion, 4, "s", "bl"))
    return r + 2


INDICATOR_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")


def shanghai_sheet(name, r0=0, c0=0):
    """上海市普陀区体育事业管理中心 2022 财政项目支出绩效自评表, money in 元 (examples/2022-shanghai-putuo-tiyu.json)."""
    s = Sheet(name, [2.2, 2.6, 2.8, 3.6, 2.6, 2.6, 1.8, 2.2, 3.6])
    r = r0
    # The usual extra row above the title, as a unit fills it in before sending the form.
    s.put(r, 0, "填报单位：上海市普陀区体育事业管理中心", cols=9, style="tl")
    s.put(r + 1, 0, "财政项目支出绩效自评表", cols=9, style="title")
    s.put(r + 2, 0, "(2022 年度)", cols=9, style="sub")
    r += 4  # and a blank row between the title and the form
    s.row(r, 0, "项目名称", ("普陀体育中心与委托运营方结算费用", 8))
    s.row(r + 1, 0, "主管部门", ("上海市普陀区体育局", 3), ("实施单位", 2), ("上海市普陀区体育事业管理中心", 3))
    r += 2
    dash = ("—", "s", 3, None)
    r = central_funds_and_goals(s, r, "项目资金 (元)", [
        ("年度资金总额", [("250000", "n", 1, "b2"), ("250000", "n", 1, "b2"), ("215457.6", "n", 1, "b1g"),
                      ("10", "n"), ("0.8619", "p", 1, "bp2"), ("8.62", "n")]),
        # 215457.6 typed as text here, as a number with a thousands separator in the total row.
        ("其中：当年财政拨款", [("250000.00", "s"), ("250000.00", "s"), ("215457.6", "s"), dash]),
        ("上年结转资金", [("0", "n"), ("0", "n"), ("", "s"), dash]),
        ("其他资金", [("0", "n"), ("0", "n"), ("", "s"), dash]),
    ], "", "已完成普陀体育中心与委托运营方费用结算。")
    rows = [
        ("数量指标", "与委托运营方结算完成率", "=100%", "1", "10", "10"),
        ("质量指标", "合同结算条款完成率", "=100%", "1", "20", "20"),
        ("时效指标", "费用结算及时性", "及时", None, "20", "20"),
        ("社会效益指标", "与委托运营方合同完成率", "=100%", "1", "30", "30"),
        ("服务对象满意度指标", "场馆开放满意度", ">=90%", "1", "10", "10"),
    ]
    s.put(r, 0, "绩效指标", rows=len(rows) + 1)
    s.row(r, 1, *INDICATOR_HEAD)
    s.put(r + 1, 1, "产出指标", rows=3)
    s.put(r + 4, 1, "效益指标")
    s.put(r + 5, 1, "满意度指标")
    for i, (l2, name, expected, actual, weight, score) in enumerate(rows):
        rr = r + 1 + i
        s.put(rr, 2, l2)
        s.put(rr, 3, name)
        s.put(rr, 4, expected)
        if actual is None:
            s.put(rr, 5, "及时")
        else:
            # 100% typed into a cell: a percentage, shown 100%.
            s.put(rr, 5, actual, "p", style="bp0")
        s.put(rr, 6, weight, "n")
        s.put(rr, 7, score, "n")
        s.put(rr, 8, "")
    r += len(rows) + 1
    s.row(r, 0, ("总分", 6), ("100", 1, "n"), ("98.62", 1, "n"), "")
    return s


def hebei_sheet(name, r0=0, c0=0):
    """廊坊市食品工程学校 2019 项目支出绩效自评表 (examples/2019-hebei-langfang-nuantong.json): the template's
    placeholder rows 指标2 / …… left in, an empty 生态效益指标 block, 效益指标 printed twice, no 总分 row
    (the stored copy ends inside the 满意度指标 block)."""
    widths = [2.2, 2.4, 2.8, 3.6, 2.2, 2.2, 1.6, 1.6, 5.0]
    if c0:
        widths = [0.8] * c0 + widths
    s = Sheet(name, widths)
    a, r = c0, r0
    s.put(r, a, "附件1", cols=2, style="tl")
    s.put(r + 1, a, "项目支出绩效自评表", cols=9, style="title")
    s.put(r + 2, a, "2019年度)", cols=9, style="sub")
    r += 3
    s.row(r, a, "项目名称：", ("办公宿舍楼、食堂及餐厅暖通改造经费", 8))
    s.row(r + 1, a, "主管部门：", ("廊坊市发改委", 8))
    s.row(r + 2, a, "实 施 单 位", ("廊坊市食品工程学校", 8))
    r += 3
    blank3 = ("", "s", 3, None)
    # Typed as the Word original held them: some amounts as text, some as numbers.
    s.put(r, a, "项目资金(万元)", rows=5)
    s.row(r, a + 1, ("", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    funds = [
        ("年度资金总额", [("43.2", "s"), ("43.2", "n"), ("37.24", "n"), ("10", "n"), ("0.86", "p", 1, "bp0"),
                      ("9", "n")]),
        ("其中:当年财政拨款", [("43.2", "s"), ("43.2", "n"), ("37.24", "n"), blank3]),
        ("上年结转资金", [("", "s"), ("", "s"), ("", "s"), blank3]),
        ("其他资金", [("", "s"), ("", "s"), ("", "s"), blank3]),
    ]
    for i, (label, cells) in enumerate(funds):
        s.put(r + 1 + i, a + 1, label, cols=2)
        c = a + 3
        for cell in cells:
            value, kind, span, style = (cell + (1, None))[:4] if len(cell) == 2 else cell
            s.put(r + 1 + i, c, value, kind, cols=span, style=style)
            c += span
    r += 5
    s.put(r, a, "年度总体目标", rows=2)
    s.row(r, a + 1, ("预期目标", 4), ("实际完成情况", 4))
    s.row(r + 1, a + 1, ("43.2", 4), ("37.24", 4))
    r += 2
    E = None  # an empty row of the template
    rows = [
        # (一级 or None, 二级 or None, 三级, 指标值, 完成值, 分值, 得分, 偏差原因); None 一级/二级 continue a merge
        ("产出指标", "数量指标", "指标1工程资金金额", ("43.2", "s"), ("37.24", "s"), "10", "9",
         "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        (None, "质量指标", "指标1工程完工率", ("100", "n"), ("100", "n"), "10", "10", E),
        (None, None, "指标2工程验收合格率", ("100", "n"), ("100", "n"), "10", "10", E),
        (None, None, "……", E, E, E, E, E),
        (None, "时效指标", "指标1项目完成及时率", ("100", "s"), ("100", "s"), "10", "10", E),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        (None, "成本指标", "指标1成本控制率", ("100", "n"), ("100", "n"), "10", "10", E),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        ("效益指标", "经济效益指标", "指标1安全率", ("100", "n"), ("100", "n"), "10", "10", ("0", "n")),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        (None, "社会效益指标", "指标1学校发展能力", ("100", "n"), ("100", "n"), "10", "10", ("0", "n")),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        (None, "生态效益指标", "指标1", E, E, E, E, E),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        ("效益指标", "可持续影响指标", "指标1长期使用性", ("100", "n"), ("100", "n"), "10", "10", E),
        (None, None, "指标2", E, E, E, E, E),
        (None, None, "……", E, E, E, E, E),
        ("满意度指标", "服务对象满意度指标", "指标1学生满意度", ("100", "n"), ("100", "n"), "10", "10", ("0", "n")),
        (None, None, "指标2", E, E, E, E, E),
    ]
    s.put(r, a, "绩效指标", rows=len(rows) + 1)
    s.row(r, a + 1, *INDICATOR_HEAD)

    def span_of(i, col):
        n = 1
        while i + n < len(rows) and rows[i + n][col] is None:
            if col == 1 and rows[i + n][0] is not None:
                break
            n += 1
        return n

    for i, row in enumerate(rows):
        rr = r + 1 + i
        l1, l2, name, expected, actual, weight, score, reason = row
        if l1 is not None:
            s.put(rr, a + 1, l1, rows=span_of(i, 0))
        if l2 is not None:
            s.put(rr, a + 2, l2, rows=span_of(i, 1))
        s.put(rr, a + 3, name)
        for c, v in ((4, expected), (5, actual)):
            s.put(rr, a + c, *(v if v else ("",)))
        s.put(rr, a + 6, weight or "", "n" if weight else "s")
        s.put(rr, a + 7, score or "", "n" if score else "s")
        if isinstance(reason, tuple):
            s.put(rr, a + 8, reason[0], reason[1])
        else:
            s.put(rr, a + 8, reason or "", style="bl")
    return s


def sichuan_sheet(name):
    """青神县发展和改革局 2023 部门预算项目支出绩效自评表, platform output (examples/2023-sichuan-qingshen-gongzi.json):
    the footnote in the 原因 cell of the 总额 row, every 得分 blank, the platform's prompts in the text blocks."""
    s = Sheet(name, [2.4, 2.4, 3.0, 1.6, 2.0, 1.6, 1.8, 1.6, 1.6, 5.2])
    s.row(0, 0, ("报表编号:510000_0013zp", 4, "s", "tl"), ("", 1, "s", "tl"), ("", 1, "s", "tl"),
          ("", 1, "s", "tl"), ("", 1, "s", "tl"), ("", 1, "s", "tl"))
    s.put(1, 0, "部门预算项目支出绩效自评表(2023年度)", cols=10, style="title")
    s.row(2, 0, ("项目名称", 2), ("51000021R000000019951-工资性支出", 8))
    s.row(3, 0, ("主管部门", 2), ("青神县发展和改革局本级", 3), ("实施单位 (盖章)", 2), ("青神县发展和改革局", 3))
    s.put(4, 0, "项目基本情况", cols=10, style="bb")
    s.put(5, 0, "1.项目年度目标完成情况", cols=2, rows=2)
    s.row(5, 2, ("项目年度目标", 4), ("年度目标完成情况", 4))
    s.row(6, 2, ("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。", 4, "s", "bl"),
          ("对照年度目标,说明相关任务目标的完成情况(100字以内)", 4, "s", "bl"))
    s.row(7, 0, ("2.项目实施内容及过程概述", 2), ("", 8))
    s.put(8, 0, "预算执行情况(10分)", cols=10, style="bb")
    s.row(9, 0, ("年度预算数(万元)", 2), "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", ("原因", 2))
    note = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")
    # The platform's export: amounts as numbers shown with two decimals, rates as text.
    s.row(10, 0, ("总额", 2), ("238.93", 1, "n", "b2"), ("251.89", 1, "n", "b2"), ("251.89", 1, "n", "b2"),
          "100.00%", ("10", 1, "n"), "", (note, 2, "s", "bl"))
    s.row(11, 0, ("其中:财政资金", 2), ("238.93", 1, "n", "b2"), ("251.89", 1, "n", "b2"), ("251.89", 1, "n", "b2"),
          "100.00%", "/", "/", ("", 2))
    for i, label in enumerate(("财政专户管理资金", "单位资金")):
        s.row(12 + i, 0, (label, 2), ("0", 1, "n", "b2"), ("0", 1, "n", "b2"), ("0", 1, "n", "b2"), "0.00%", "/",
              "/", ("", 2))
    s.row(14, 0, ("其他资金", 2), "", "", "", "", "/", "/", ("", 2))
    s.put(15, 0, "绩效指标(90分)", cols=10, style="bb")
    s.row(16, 0, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析")
    s.row(17, 0, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", ("100", 1, "n"), "%", "", ("60", 1, "n"), "", "")
    s.row(18, 0, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", ("100", 1, "n"), "%", "", ("30", 1, "n"), "", "")
    s.row(19, 0, ("合计", 7), ("100", 1, "n"), "", "")
    s.row(20, 0, ("评价结论", 2), ("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", 8, "s", "bl"))
    s.row(21, 0, ("存在问题", 2), ("结合自评情况,分析存在的问题及原因。(200字以内)", 8, "s", "bl"))
    s.row(22, 0, ("改进措施", 2), ("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", 8, "s", "bl"))
    s.row(23, 0, ("项目负责人:", 2, "s", "tl"), ("", 3, "s", "tl"), ("财务负责人:", 2, "s", "tl"), ("", 2, "s", "tl"),
          ("", 1, "s", "tl"))
    return s


def hubei_table():
    """The 2020 长江禁捕 项目自评表's table (examples/2020-hubei-changjiang-jinbu.json): a goal block above 一级,
    no 分值 column, 执行率 as the ratio 1, a 20-point budget row."""
    s = Sheet("hubei", [2.4, 2.0, 2.2, 3.4, 2.0, 2.0, 2.4])
    s.row(0, 0, "项目名称", ("渔业成品油价格改革补贴", 6))
    s.row(1, 0, "主管部门", ("区市场监督管理局", 2), ("项目实施单位", 2), ("农业科", 2))
    s.row(2, 0, "项目类别", ("1、部门预算项目□   2、市直专项□   3、市对下转移支付项目□", 6, "s", "bl"))
    s.row(3, 0, "项目属性", ("1、持续性项目□   2、新增性项目□", 6, "s", "bl"))
    s.row(4, 0, "项目类型", ("1、常年性项目□   2、延续性项目□   3、一次性项目□", 6, "s", "bl"))
    s.put(5, 0, "预算执行情况(万元)(20分)", rows=2)
    s.row(5, 1, ("", 2), "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)")
    s.row(6, 1, ("年度财政资金总额", 2), "1.56", "1.56", "1", "20")
    s.row(7, 0, "年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分")
    s.put(8, 0, "年度绩效目标1", rows=4)
    s.put(8, 1, "产出指标", rows=3)
    s.row(8, 2, "数量指标", "补贴渔船数", "6", "6", "20")
    s.row(9, 2, "质量指标", "渔船补贴发放率", "100%", "100%", "10")
    s.row(10, 2, "时效指标", "12月底之前完成", "100%", "100%", "10")
    s.row(11, 1, "满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", "40")
    s.row(12, 0, ("总分", 6), "100")
    s.row(13, 0, ("偏差大或目标未完成原因分析", 2), ("无", 5, "s", "bl"))
    s.row(14, 0, ("改进措施及结果应用方案", 2), ("无", 5, "s", "bl"))
    return s


HUBEI_NOTE = ("备注：1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"
              "2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标"
              "(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总"
              "完成数,再计算得分。3.定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档,分别按照该指标对应"
              "分值区间100%-80%、80%-50%、50%-0%合理确定分值。")


SEED_GOALS = [
    ("目标 1：达到社会长治久安，社会和谐稳定。",
     "目标 1 完成情况：信访案件化解率达 100%，将群众矛盾化解在基层：改善群众生活困难及机关维稳办公条件，充分保障我镇平安及社会和谐稳定。"),
    ("目标 2：解决困难群众的生活困难，帮助度过生活难关。",
     "目标 2 完成情况：对符合政策的精减老弱残职工和农村特困人员发放生活补助，救助农村生活困难人员人，补贴发放及时率 100%，补贴人员生活水平保持稳定。"),
    ("目标 3：保障网格员工工资，发生污染事件及时上报，提高农村居民幸福指数",
     "目标 3 完成情况：发生污染事件及时上报，污染得到治理，提高人居幸福指数，受益群众满意度达 95%以上。"),
    ("目标 4：按时足额发放资金用于服务群众，改善村级办公条件及村庄面貌",
     "目标 4 完成情况：公共服务水平提升情况保证村委会日常工作运转；提升村委会为群众服务能力；全面推进村委会日常工作，提高村民办事效率。"
     "维持村民委员会、党支部的正常工作运转，更好的服务村民，群众满意度达到 95% 以上"),
    ("", "目标 5 完成情况：为建档立卡户提供公益性岗位，，按时发放公益岗补贴，提高建档立卡户生活水平，建档立卡户满意度达到 100%"),
    ("", "目标 6 完成：充分保障人大代表之家经费及时拨付，专款专用，提升了人大代表服务能力，更好的为基层群众服务，群众满意度达到 95%以上"),
    ("目标 7: 按时足额发放老党员生活补贴，提高老党员生活水平", ""),
]

SEED_INDICATORS = [
    # 一级, 二级, 三级 (= 指标说明), 值, 单位, 完成值, 等级, 得分, 权重, 折算
    ("产出指标", "数量指标", "项目支出钱数（万元）", "2819.17", "万元", "2819.17", "优", "90", "20", "18"),
    ("产出指标", "数量指标", "补贴资金发放及时率", "100%", "百分号", "100%", "优", "90", "10", "9"),
    ("产出指标", "时效指标", "工作按时完成率", "100%", "百分号", "100%", "优", "90", "10", "9"),
    ("产出指标", "成本指标", "人均补助标准", "100%", "按规定标准", "按规定标准", "优", "95", "10", "9.5"),
    ("效益指标", "经济效益指标", "社会公共服务水平", "", "服务水平明显提高", "服务水平明显提高", "优", "95", "10", "9.5"),
    ("效益指标", "社会效益指标", "改善村级面貌", "", "明显改善村级面貌", "明显改善村级面貌", "优", "95", "10", "9.5"),
    ("效益指标", "生态效益指标", "改善困难群众生活", "", "困难群众生活水平明显改善", "困难群众生活水平明显改善", "优", "95", "10", "9.5"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "98%", "百分号", "98%", "优", "95", "10", "9.5"),
    ("预算执行率", "预算执行率", "预算执行率", "", "", "75.24%", "", "75.24", "10", "7.5"),
]

SEED_NOTES = [
    "1. 预算项目自评得分由各单项指标的折算得分合计而成，满分为 100 分。",
    "2. 实际完成值，即填写某项指标实际完成情况，如培训次数、参训率等；完成等级，即对应评价标准，根据实际完成值选择填写优、良、中、差四个等级。",
    "3. 单项指标得分，即根据完成等级赋予每项指标相应得分，其中优、良、中、差对应的分值区间一般为 90 分以上、80-90 分、60-80 分、60 分一下；预算执行率指标得分实际完成值*100。",
    "4. 权重占比，即单项指标在总分 100 分中所占的比重，其中预算执行率指标权重占比固定为 10%。各项指标权重占比之和为 100%。",
    "5. 折算得分，即单项指标得分*权重占比。",
]


def seed_form(name, workbook):
    """The seed's 2023年度部门整体绩效自评表 (examples/2023-jiangezhuang.json), 13 columns A–M. In the workbook
    (a person's Excel copy of the form) a 填报单位 row sits above the title, numbers are numbers, 95% is a
    percentage, and one amount is typed with its label in one cell (执行数：2819.17); in the Word report the
    title is a paragraph above the table and every cell is text, as in the seed."""
    s = Sheet(name, [1.5, 1.3, 1.3, 1.5, 1.3, 0.9, 1.1, 1.6, 1.6, 1.1, 1.1, 1.1, 1.2] if not workbook
              else [2.2, 2.0, 2.0, 2.4, 2.0, 1.2, 1.6, 2.4, 2.4, 1.6, 1.6, 1.6, 1.8])
    num = (lambda v: (v, 1, "n")) if workbook else (lambda v: (v, 1, "s"))
    r = 0
    if workbook:
        s.put(0, 0, "填报单位：姜各庄镇人民政府", cols=13, style="tl")
        s.put(1, 0, "2023 年度部门整体绩效自评表", cols=13, style="title")
        r = 3  # a blank row below the title
    s.row(r, 0, "一、基本情况", ("实施主管部门", 2), ("", 4), ("金额单位", 2), ("万元", 4))
    r += 1
    s.put(r, 0, "二、预算执行情况", rows=4)
    s.row(r, 1, ("预算安排情况(调整后)", 3), ("资金到位情况", 3), ("资金执行情况", 3), ("预算执行进度(%)", 3))
    s.row(r + 1, 1, ("预算数", 2), num("3746.68"), ("到位数", 2), num("2819.17"))
    if workbook:
        s.put(r + 1, 7, "执行数：2819.17", cols=3)
    else:
        s.row(r + 1, 7, ("执行数", 2), "2819.17")
    s.put(r + 1, 10, "", cols=3, rows=3)
    s.row(r + 2, 1, ("其中：财政资金", 2), num("3746.68"), ("其中：财政资金", 2), num("2819.17"), ("其中：财政资金", 2),
          num("2819.17"))
    s.row(r + 3, 1, ("其他", 2), "", ("其他", 2), "", ("其他", 2), "")
    r += 4
    s.put(r, 0, "三、目标完成情况", rows=len(SEED_GOALS) + 1)
    s.row(r, 1, ("年度预期目标", 5), ("具体完成情况", 5), ("总体完成率(%)", 2))
    for i, (target, completion) in enumerate(SEED_GOALS):
        overall = ("0.95", "p") if workbook else ("95%", "s")
        s.row(r + 1 + i, 1, (target, 5, "s", "bl"), (completion, 5, "s", "bl"),
              (overall[0] if i == 3 else "", 2, overall[1] if i == 3 else "s", "bp0" if workbook and i == 3 else None))
    r += len(SEED_GOALS) + 1
    s.put(r, 0, "四、年度绩效指标完成情况", rows=len(SEED_INDICATORS) + 2)
    for c, label in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "指标说明"), (7, "单位(文字描述)"),
                     (8, "单项指标实际完成值"), (9, "单项指标完成情况")):
        s.put(r, c, label, rows=2)
    s.put(r, 5, "预期指标值", cols=2)
    s.put(r, 10, "自评得分", cols=3)
    s.row(r + 1, 5, "符号", "值")
    s.row(r + 1, 10, "单项指标得分", "权重占比(%)", "单项指标折算得分")
    r += 2
    spans1 = {0: 4, 4: 3, 7: 1, 8: 1}
    spans2 = {0: 2, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1}
    for i, (l1, l2, name3, value, unit, actual, grade, score, weight, weighted) in enumerate(SEED_INDICATORS):
        rr = r + i
        if i in spans1:
            s.put(rr, 1, l1, rows=spans1[i])
        if i in spans2:
            s.put(rr, 2, l2, rows=spans2[i])
        if workbook and value.endswith("%"):
            value_cell = (value, "s")
        else:
            value_cell = (value, "n") if value and workbook else (value, "s")
        actual_cell = (actual, "s")
        if workbook and actual == "75.24%":
            actual_cell = ("0.7524", "p")
        s.row(rr, 3, name3, name3, "", value_cell[0] if value_cell[1] == "s" else None)
        if value_cell[1] != "s":
            s.put(rr, 6, value_cell[0], "n")
        s.put(rr, 7, unit)
        s.put(rr, 8, actual_cell[0], actual_cell[1], style="bp2" if actual_cell[1] == "p" else None)
        s.put(rr, 9, grade)
        for c, v in ((10, score), (11, weight), (12, weighted)):
            s.put(rr, c, v, num(v)[2])
    r += len(SEED_INDICATORS)
    s.row(r, 0, ("自评得分", 12), num("91"))
    s.row(r + 1, 0, ("填报人:", 2), ("樊琪", 4), ("联系电话: 4800291", 7, "s", "bl"))
    r += 2
    if workbook:
        s.put(r, 0, "说明：", cols=13, style="tl")
        for i, note in enumerate(SEED_NOTES):
            s.put(r + 1 + i, 0, note, cols=13, style="tl")
    return s


def seed_report_parts():
    """The seed 自评报告 as a Word document: cover, title, headings 一 to 五 (三 with its sub-sections), the
    自评表 as a table inside 三 as the seed places it, its 说明 below the table."""
    import json
    with open(os.path.join(HERE, "..", "2023-jiangezhuang.json"), encoding="utf-8") as f:
        seed = json.load(f)
    n = seed["narrative"]
    parts = [("cover", line) for line in seed["cover"]["titleLines"]]
    parts += [("covertail", "姜各庄镇人民政府部门编制 ( 盖章 )"), ("centre", "2024 年 4 月 15 日")]
    parts += [("doctitle", "2023 年度姜各庄镇人民政府整体绩效自评工作报告"), ("centre", "(参考提纲)")]
    parts.append(("h1", "一、部门整体概况"))
    parts += [("p", t) for t in n["overview"]["paragraphs"]]
    parts.append(("h1", "二、部门整体绩效目标和绩效指标设定情况"))
    parts += [("p", t) for t in n["goalsAndIndicators"]]
    parts.append(("h1", "三、绩效实现情况分析"))
    for sec in n["performanceAnalysis"]:
        parts.append(("h2", sec["title"]))
        parts += [("p", t) for t in sec["paragraphs"]]
    parts.append(("formtitle", "2023 年度部门整体绩效自评表"))
    parts.append(seed_form("自评表", workbook=False))
    parts.append(("small", "说明："))
    parts += [("small", t) for t in SEED_NOTES]
    parts.append(("h1", "四、存在问题"))
    parts += [("p", t) for t in n["problems"]]
    parts.append(("h1", "五、相关建议、改进措施及结果应用"))
    parts += [("p", f"{i + 1}、{t}") for i, t in enumerate(n["suggestions"])]
    return parts


# --------------------------------------------------------------------------------------------------
# Converting with LibreOffice, and making the zips stable.
# --------------------------------------------------------------------------------------------------

FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97",
           "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}


def convert(src, target, profile):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", FILTERS[target], "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        produced = os.path.join(out, os.path.splitext(os.path.basename(src))[0] + "." + target)
        dest = os.path.join(HERE, os.path.basename(produced))
        if target in ("xlsx", "docx"):
            restamp(produced, dest)
        else:
            shutil.copyfile(produced, dest)
    return dest


def restamp(src, dest):
    """Rewrites a zip with every entry dated 1980-01-01 00:00, in the order LibreOffice wrote them."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            zout.writestr(fixed, data)


FIXTURES = [
    # (base name, kind, builder)
    ("2022-shanghai-putuo-tiyu", "sheet", lambda: [shanghai_sheet("Sheet1")]),
    ("2019-hebei-langfang-nuantong", "sheet", lambda: [hebei_sheet("暖通改造", r0=2, c0=1)]),
    ("2023-sichuan-qingshen-gongzi", "sheet", lambda: [sichuan_sheet("项目支出绩效自评表")]),
    ("2023-jiangezhuang-form", "sheet", lambda: [seed_form("部门整体绩效自评表", workbook=True)]),
    ("two-projects", "sheet", lambda: [shanghai_sheet("普陀体育中心结算"), hebei_sheet("暖通改造")]),
    ("2020-hubei-changjiang-jinbu", "text", lambda: [
        ("formtitle", "2020年度长江禁捕项目自评表"),
        ("plain", "单位名称：农业工作科                              填报日期："),
        hubei_table(),
        ("small", HUBEI_NOTE)]),
    ("2023-jiangezhuang-report", "text", seed_report_parts),
]


def main(argv):
    only = set(argv[1:])
    os.makedirs(FLAT, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="make-fixtures-lo-")
    try:
        for base, kind, build in FIXTURES:
            if only and base not in only:
                continue
            if kind == "sheet":
                src = os.path.join(FLAT, base + ".fods")
                write_fods(src, build())
                targets = ("xlsx", "xls")
            else:
                src = os.path.join(FLAT, base + ".fodt")
                write_fodt(src, build())
                targets = ("docx", "doc")
            for t in targets:
                print("wrote", os.path.relpath(convert(src, t, profile), os.getcwd()))
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
