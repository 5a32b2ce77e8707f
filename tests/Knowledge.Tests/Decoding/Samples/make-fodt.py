"""Writes the Flat ODT sources of the multi-page and two-column samples (LibreOffice turns them into PDFs).

The multi-page sample has a running header (the symbol) and footer (a distribution line and "- N -") on every
page, the furniture the PDF decoder must drop. The wording is invented for the tests.
"""
import sys

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="10pt" fo:text-align="justify"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"/></style:style>
 <style:style style:name="Plain" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0pt" fo:text-align="start"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0pt" fo:text-align="end"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0pt" fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>
<office:body><office:text>
"""
FURNITURE = """<style:header><text:p text:style-name="Header">OIC/CFM-41/2014/POL/RES/FINAL</text:p></style:header>
<style:footer><text:p text:style-name="Footer">GE.14-40217</text:p><text:p text:style-name="Footer">- <text:page-number text:select-page="current"/> -</text:p></style:footer>"""
TAIL = "</office:text></office:body></office:document>\n"

VERBS = ["Calls upon", "Urges", "Invites", "Encourages", "Requests", "Welcomes", "Appeals to", "Reaffirms"]
OBJECTS = ["member States", "the General Secretariat", "the subsidiary organs", "the specialized institutions",
           "the affiliated institutions", "the Islamic Development Bank", "the regional groups", "the observer States"]
AIMS = ["to exchange information on the protection of cultural heritage in times of armed conflict",
        "to coordinate their positions in the international fora that deal with the questions under consideration",
        "to provide the necessary financial and technical means for the programmes adopted at the previous session",
        "to submit their views in writing before the deadline set by the Secretariat for the preparatory meetings",
        "to give wide publicity to the decisions of the Council through their national media and public institutions",
        "to take part in the expert group meetings convened to study the proposals contained in the annexed report"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>\n'


def multipage():
    body = [p("RESOLUTION No. 7/41-POL", "Plain"), p("ON", "Plain"), p("COOPERATION AMONG MEMBER STATES IN THE PROTECTION OF CULTURAL PROPERTY"),
            p("The Council of Foreign Ministers, meeting at its Forty-first Session in Jeddah, Kingdom of Saudi Arabia, on 18-19 June 2014,"),
            p("Recalling its earlier resolutions on the same subject and the programme of action adopted by the Summit;"),
            p("Noting the report of the Secretary-General contained in the annex to this resolution;")]
    for n in range(1, 41):
        verb, obj, aim = VERBS[n % len(VERBS)], OBJECTS[(n * 3) % len(OBJECTS)], AIMS[(n * 5) % len(AIMS)]
        body.append(p(f"{n}. {verb} {obj} {aim}, in line with item {n} of the programme of action;"))
    body.append(p("41. Requests the Secretary-General to follow up the implementation of this resolution and to report thereon to the next session."))
    return HEAD % FURNITURE + "".join(body) + TAIL


def twocolumn():
    left = ["The first column opens the text of this invented record of proceedings and runs down the left half of the page.",
            "Its second paragraph continues in the same column so that a reader finishes it before moving to the right."]
    right = ["The second column is read only after the first one has ended, starting again from the top of the page.",
             "Its last paragraph closes the sample and ends the reading order test."]
    # LibreOffice balances a section's columns, so the left paragraphs fill the left column.
    sect = '<text:section text:style-name="Columns" text:name="Body">' + "".join(p(t) for t in left + right) + "</text:section>"
    return HEAD % "" + p("TWO COLUMN SAMPLE", "Plain") + p("") + sect + TAIL


if __name__ == "__main__":
    out = sys.argv[1]
    open(f"{out}/multipage.en.fodt", "w", encoding="utf-8").write(multipage())
    open(f"{out}/two-column.en.fodt", "w", encoding="utf-8").write(twocolumn())
