"""Decoding bytes to text: ``articlex._decode.decode_bytes`` and ``extract(bytes)``.

Every page here is a small but realistic article in its own language, encoded the way
real servers get it wrong or right; the assertions check the exact text that must come
out, so mojibake (``"Ã©"``, ``"ńo"``) or a lost character fails them.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlex
from articlex import WarningCode
from articlex._decode import decode_bytes, normalise_label


def _page(
    *,
    lang: str,
    title: str,
    paragraphs: list[str],
    head: str = "",
    container: str = "article",
) -> str:
    """A small news page: optional charset declaration, headline, paragraphs."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n{head}\n<title>{title}</title>\n</head>\n<body>\n'
        f"<{container}>\n<h1>{title}</h1>\n{body}\n</{container}>\n</body>\n</html>\n"
    )


# --- the pages ---------------------------------------------------------------------------

EN_TITLE = "Café owner wins fight over pavement tables"
EN_PARAGRAPHS = [
    "The owner of a small café on Market Street has won her two-year fight with the "
    "council over the four tables she puts out on the pavement every summer morning.",
    "“I never thought it would take this long,” said Renée Dupont, who opened the café "
    "in 2009. “All I wanted was to serve coffee in the sunshine.”",
    "Inspectors had argued that the tables left too little room for wheelchairs and "
    "pushchairs, but an independent survey found the pavement was wide enough for both.",
]

RU_TITLE = "В Новосибирске открыли новый мост через Обь"
RU_PARAGRAPHS = [
    "Во вторник в Новосибирске торжественно открыли движение по новому мосту через Обь. "
    "Строительство продолжалось почти пять лет и обошлось городу в сорок миллиардов рублей.",
    "По словам мэра, новый мост позволит разгрузить центральные улицы, где в часы пик "
    "автомобили стоят в пробках больше часа. Ежедневно по нему смогут проезжать до "
    "семидесяти тысяч машин.",
    "Жители левого берега давно ждали открытия переправы. «Теперь дорога на работу займёт "
    "у меня двадцать минут вместо полутора часов», — рассказала пенсионерка Галина Петрова.",
]

JA_TITLE = "京都で桜の開花を発表、平年より五日早く"
JA_PARAGRAPHS = [
    "京都地方気象台は二十日、京都市で桜が開花したと発表しました。平年より五日早く、"
    "昨年より二日遅い開花となりました。",
    "気象台の職員が午前十時ごろ、標本木に五つ以上の花が咲いているのを確認しました。"
    "満開は来週の半ばになる見込みです。",
    "市内の観光地では、朝早くから多くの人が訪れ、写真を撮ったり散歩を楽しんだりして"
    "いました。嵐山の茶店の店主は「今年は人出が多くなりそうで楽しみです」と話していました。",
]

ES_TITLE = "El ayuntamiento aprueba la peatonalización del casco antiguo"
ES_PARAGRAPHS = [
    "El pleno municipal aprobó el martes, con los votos de tres de los cuatro grupos, el "
    "plan para cerrar al tráfico las calles del casco antiguo a partir del próximo otoño.",
    "“Es una decisión histórica para la ciudad”, declaró la alcaldesa, María José Peña, "
    "que defendió que la medida reducirá el ruido y la contaminación en el centro.",
    "Los comerciantes de la calle Mayor, sin embargo, temen perder clientes. “Aquí la "
    "gente viene en coche, no en bicicleta”, señaló José Martínez, dueño de una zapatería "
    "desde hace treinta años.",
    "El proyecto costará unos 4,2 millones de euros y prevé nuevas zonas verdes, bancos y "
    "un aparcamiento disuasorio junto a la estación de autobuses.",
]

META_UTF8 = '<meta charset="utf-8">'
META_LATIN1 = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'

EN_UTF8 = _page(lang="en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS, head=META_UTF8)
EN_LATIN1 = _page(lang="en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS, head=META_LATIN1)
EN_UNDECLARED = _page(lang="en", title=EN_TITLE, paragraphs=EN_PARAGRAPHS)
RU_UNDECLARED = _page(lang="ru", title=RU_TITLE, paragraphs=RU_PARAGRAPHS)
JA_SJIS = _page(
    lang="ja", title=JA_TITLE, paragraphs=JA_PARAGRAPHS, head='<meta charset="shift_jis">'
)
ES_UTF8 = _page(lang="es", title=ES_TITLE, paragraphs=ES_PARAGRAPHS, head=META_UTF8)

BODY_EN = "\n\n".join(EN_PARAGRAPHS)
BODY_RU = "\n\n".join(RU_PARAGRAPHS)
BODY_JA = "\n\n".join(JA_PARAGRAPHS)
BODY_ES = "\n\n".join(ES_PARAGRAPHS)

#: Text that shows UTF-8 bytes were read as a single-byte encoding.
MOJIBAKE = ("Ã", "â€", "Â", "\ufffd")


def _codes(article: articlex.Article) -> set[WarningCode]:
    return {w.code for w in article.warnings}


def _assert_clean(text: str) -> None:
    for marker in MOJIBAKE:
        assert marker not in text, f"mojibake {marker!r} in {text[:200]!r}"


# --- byte-order marks and UTF-16 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be"],
)
def test_bom_decides_the_encoding(bom: bytes, codec: str) -> None:
    data = bom + EN_UNDECLARED.encode(codec)
    decoded = decode_bytes(data)
    assert decoded.text == EN_UNDECLARED  # the BOM itself is not part of the text
    assert codecs.lookup(decoded.encoding).name == codecs.lookup(codec).name
    assert not decoded.guessed
    assert not decoded.had_errors


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
def test_bom_pages_extract_end_to_end(codec: str) -> None:
    bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}.get(
        codec, codecs.BOM_UTF16_BE
    )
    article = articlex.extract(bom + EN_UNDECLARED.encode(codec))
    assert article.headline == EN_TITLE
    assert article.body == BODY_EN
    assert not _codes(article) & {WarningCode.ENCODING_GUESSED, WarningCode.ENCODING_ERRORS}


def test_bom_beats_a_contradicting_content_type_and_meta() -> None:
    # The BOM is the strongest evidence: the header and <meta> both lie here.
    page = _page(lang="ru", title=RU_TITLE, paragraphs=RU_PARAGRAPHS, head=META_LATIN1)
    data = codecs.BOM_UTF8 + page.encode("utf-8")
    decoded = decode_bytes(data, "text/html; charset=windows-1251")
    assert decoded.encoding == "utf-8"
    assert decoded.text == page


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    data = EN_UNDECLARED.encode(codec)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    decoded = decode_bytes(data)
    assert decoded.encoding == codec
    assert decoded.text == EN_UNDECLARED
    article = articlex.extract(data)
    assert article.headline == EN_TITLE
    assert article.body == BODY_EN


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
    ids=["utf-32-le", "utf-32-be"],
)
def test_utf32_with_bom_extracts(bom: bytes, codec: str) -> None:
    data = bom + EN_UNDECLARED.encode(codec)
    assert decode_bytes(data).text == EN_UNDECLARED  # decoding itself is right
    assert articlex.extract(data).body == BODY_EN


# --- declared encodings ------------------------------------------------------------------------


def test_content_type_charset_windows_1251() -> None:
    data = RU_UNDECLARED.encode("windows-1251")
    content_type = "text/html; charset=windows-1251"
    decoded = decode_bytes(data, content_type)
    assert decoded.encoding == "cp1251"
    assert decoded.text == RU_UNDECLARED
    assert not decoded.guessed

    article = articlex.extract(data, content_type=content_type)
    assert article.headline == RU_TITLE
    assert article.body == BODY_RU
    assert WarningCode.ENCODING_GUESSED not in _codes(article)


@pytest.mark.parametrize(
    "content_type",
    ['text/html; charset="Windows-1251"', "text/html;charset=CP1251", "text/html; charset= cp1251"],
)
def test_content_type_label_spellings(content_type: str) -> None:
    data = RU_UNDECLARED.encode("windows-1251")
    assert decode_bytes(data, content_type).text == RU_UNDECLARED


def test_content_type_beats_a_wrong_meta_charset() -> None:
    # The server is right, the template's <meta> is a leftover: HTTP wins.
    page = _page(lang="ru", title=RU_TITLE, paragraphs=RU_PARAGRAPHS, head=META_LATIN1)
    decoded = decode_bytes(page.encode("cp1251"), "text/html; charset=windows-1251")
    assert decoded.text == page


def test_meta_charset_shift_jis() -> None:
    data = JA_SJIS.encode("shift_jis")
    decoded = decode_bytes(data)
    assert decoded.encoding == "shift_jis"
    assert decoded.text == JA_SJIS
    assert not decoded.guessed

    article = articlex.extract(data)
    assert article.headline == JA_TITLE
    assert article.body == BODY_JA
    assert not _codes(article) & {WarningCode.ENCODING_GUESSED, WarningCode.ENCODING_ERRORS}


def test_meta_charset_iso_2022_jp() -> None:
    # 7-bit ISO-2022-JP is valid ASCII: only the declaration tells it apart from UTF-8.
    page = _page(
        lang="ja", title=JA_TITLE, paragraphs=JA_PARAGRAPHS, head='<meta charset="iso-2022-jp">'
    )
    data = page.encode("iso-2022-jp")
    assert data.isascii()
    assert decode_bytes(data).text == page
    assert articlex.extract(data).body == BODY_JA


def test_http_equiv_iso_8859_1_is_read_as_cp1252() -> None:
    data = EN_LATIN1.encode("cp1252")
    # The page really has the cp1252-only curly quote bytes, undefined in ISO-8859-1.
    assert b"\x93I never" in data
    assert b"long,\x94" in data
    decoded = decode_bytes(data)
    assert decoded.text == EN_LATIN1
    assert "\x93" not in decoded.text
    assert "\x94" not in decoded.text

    article = articlex.extract(data)
    assert "“I never thought it would take this long,” said Renée Dupont" in article.body
    assert "café on Market Street" in article.body
    assert article.body == BODY_EN
    assert not _codes(article) & {WarningCode.ENCODING_GUESSED, WarningCode.ENCODING_ERRORS}


# --- declarations that lie ----------------------------------------------------------------------


def test_declared_utf8_really_cp1252() -> None:
    data = EN_UTF8.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.text == EN_UTF8

    article = articlex.extract(data)
    assert "“I never thought it would take this long,” said Renée Dupont" in article.body
    assert article.body == BODY_EN
    _assert_clean(article.body)


def test_declared_utf8_really_cp1252_spanish() -> None:
    data = ES_UTF8.encode("cp1252")
    assert decode_bytes(data).text == ES_UTF8
    article = articlex.extract(data)
    assert "próximo otoño" in article.body
    assert "María José Peña" in article.body
    assert article.body == BODY_ES


def test_declared_iso_8859_1_really_utf8() -> None:
    data = EN_LATIN1.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == EN_LATIN1

    article = articlex.extract(data, content_type="text/html; charset=ISO-8859-1")
    _assert_clean(article.body)
    assert "Renée Dupont" in article.body
    assert "“All I wanted was to serve coffee in the sunshine.”" in article.body
    assert article.body == BODY_EN
    assert article.headline == EN_TITLE


def test_mostly_utf8_with_one_stray_cp1252_byte() -> None:
    # One quote pasted from a Word document in cp1252, everything else proper UTF-8.
    marked = EN_UTF8.replace("“I never", "@@STRAY@@I never", 1)
    data = marked.encode("utf-8").replace(b"@@STRAY@@", b"\x93")
    assert data.count(b"\x93") == 1
    assert "“".encode() in data  # the other quotes are real UTF-8
    decoded = decode_bytes(data)
    assert decoded.text == EN_UTF8

    article = articlex.extract(data)
    _assert_clean(article.body)
    assert "“I never thought it would take this long,” said Renée Dupont" in article.body
    assert article.body == BODY_EN


def test_undeclared_windows_1251_is_detected() -> None:
    data = RU_UNDECLARED.encode("windows-1251")
    decoded = decode_bytes(data)
    assert decoded.guessed
    assert decoded.text == RU_UNDECLARED

    article = articlex.extract(data)
    for word in ("Новосибирске", "торжественно", "переправы", "Галина Петрова", "мост"):
        assert word in article.body
    assert article.headline == RU_TITLE
    assert WarningCode.ENCODING_GUESSED in _codes(article)


# --- properties ---------------------------------------------------------------------------------

#: Any text but lone surrogates, NUL (UTF-16/32 sniffing), ESC (ISO-2022 sniffing) and
#: U+FFFD (``had_errors`` is "U+FFFD in the result", which a page may contain on purpose).
_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00\x1b\ufffd"),
    max_size=300,
)


@given(text=_TEXT)
def test_valid_utf8_is_utf8_whatever_the_declaration(text: str) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p></body></html>'
    decoded = decode_bytes(page.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert decoded.text == page


@given(text=_TEXT, codec=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]))
def test_bom_round_trip(text: str, codec: str) -> None:
    bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}.get(
        codec, codecs.BOM_UTF16_BE
    )
    decoded = decode_bytes(bom + text.encode(codec), "text/html; charset=shift_jis")
    assert decoded.text == text
    assert not decoded.had_errors


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf-32", "utf-32"),
        ("UTF-16", "utf-16"),
        ("windows-1251", "cp1251"),
        ("iso-2022-jp", "iso2022_jp"),
        ("undefined", None),  # a Python codec that refuses everything, not a charset
        ("rot13", None),
        ("hex", None),
        ("no-such-charset", None),
    ],
)
def test_only_text_encodings_are_charsets(label: str, codec: str | None) -> None:
    assert normalise_label(label) == codec


def test_valid_utf8_is_handed_on_as_it_came() -> None:
    page = "<p>Café, naïve, 東京</p>".encode()
    assert decode_bytes(page).utf8 is page
    assert decode_bytes(codecs.BOM_UTF8 + page).utf8 == page  # without its BOM


@pytest.mark.parametrize(
    "page",
    [
        "<p>Café</p>".encode("cp1252"),  # not UTF-8: decoded, then encoded for the parser
        b"<p>caf\xc3\xa9 and caf\xe9</p>",  # mixed UTF-8 and cp1252: the text differs
        "<p>Café</p>".encode("utf-16"),
    ],
)
def test_other_input_is_not_taken_as_utf8(page: bytes) -> None:
    assert decode_bytes(page).utf8 is None
