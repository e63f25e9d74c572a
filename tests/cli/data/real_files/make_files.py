#!/usr/bin/env python3
"""Writes the test files of tests/cli/test_import_real.sh the way each program saves them.

Run from this folder: python3 make_files.py. The bytes are committed too, so that the
tests never depend on this script; it documents how each one was made.
"""

NBSP = "\u00a0"
NNBSP = "\u202f"


def write(name, text, encoding, newline="\r\n"):
    data = text.replace("\n", newline)
    with open(name, "wb") as f:
        if encoding == "utf-8-sig":
            f.write(b"\xef\xbb\xbf" + data.encode("utf-8"))
        elif encoding == "utf-16le-bom":
            f.write(b"\xff\xfe" + data.encode("utf-16-le"))
        elif encoding == "utf-16be-bom":
            f.write(b"\xfe\xff" + data.encode("utf-16-be"))
        else:
            f.write(data.encode(encoding))


# Excel, Russian Windows, "CSV (разделители — запятые)": CP1251, ';', CRLF, grouping by a
# no-break space, decimal comma, DD.MM.YYYY, and a blank row of separators.
write("excel_ru_cp1251.csv",
      "name;tier;status;region;credit_limit;notes;;\n"
      "ООО «Ромашка»;A;customer;Москва;12" + NBSP + "000,50;да;;\n"
      ";;;;;;;\n"
      "Берёзка;B;customer;Казань;0,5;нет;;\n", "cp1251")
write("excel_ru_deals_cp1251.csv",
      "client;amount;stage;date;probability\n"
      "ООО «Ромашка»;1 234,56;won;23.11.2026;\n"
      "Берёзка;12 000;won;01.10.2026;\n", "cp1251")
# Excel "CSV UTF-8 (разделители — запятые)" in Romanian: BOM, ';'.
write("excel_ro_utf8_bom.csv",
      "name;tier;region;credit_limit\n"
      "Sănătatea SRL;A;Cluj;12.000,50\n"
      "Construcții Ardeal SA;B;Brașov;1.500\n", "utf-8-sig")
# Excel "Unicode text": UTF-16LE with BOM, tab, CRLF.
write("excel_unicode_text.txt",
      "client\tname\trole\tdecision_maker\n"
      "ООО «Ромашка»\tИрина Петрова\tдиректор\tда\n"
      "ООО «Ромашка»\tОлег\t\tнет\n", "utf-16le-bom")
# LibreOffice Calc, Italian: UTF-8 without BOM, ';', LF, decimal comma, DD/MM/YYYY, sì/no.
write("libreoffice_it.csv",
      "client;amount;due;number;issued;paid_amount;paid_on\n"
      "Ferramenta Rossi S.r.l.;1.250,00;31/12/2026;F-1;23/11/2026;250,5;23/11/2026\n", "utf-8", "\n")
# Google Sheets, French locale: UTF-8, ',' separator (quoted decimal commas), LF,
# grouping by U+202F as Sheets writes it.
write("sheets_fr.csv",
      "client,amount,stage,date,probability\n"
      "Boulangerie Dupont SARL,\"3" + NNBSP + "500,75\",won,15/11/2026,\n"
      "Boulangerie Dupont SARL,\"900,00\",proposal,,\"35 %\"\n", "utf-8", "\n")
# Excel, Greek Windows: CP1253, ';'.
write("excel_el_cp1253.csv",
      "name;tier;region;credit_limit\n"
      "Αθηναϊκή Ζυθοποιία ΑΕ;A;Αθήνα;7.500,25\n", "cp1253")
# Excel, Russian, saved from a headers-in-Russian sheet ("CSV UTF-8").
write("excel_ru_headers.csv",
      "Клиент;Сумма;Дата\n"
      "ООО «Ромашка»;100,00;20.11.2026\n", "utf-8-sig")
