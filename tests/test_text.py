"""Vietnamese text: folding for search and the Vietnamese sort order of names (SPEC §4)."""

import random
import unicodedata

import pytest

from station_app.core.text import fold, fold_many, nfc, reverse_words, sort_key, split_name


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- folding -----------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN", "NGUYỄN VĂN AN", "nGuYễN vĂn AN",
])
def test_diacritics_and_case_fold_to_one_form(typed):
    assert fold(typed) == "nguyen van an"


def test_nfd_input_folds_like_nfc():
    names = ["Nguyễn Văn An", "Đặng Thị Hường", "Trương Thị Ngọc Ánh", "Lưu Quốc Việt",
             "Hoàng Thị Thu Thủy", "Phạm Ơn", "Bùi Ước"]
    for name in names:
        assert nfd(name) != name  # really decomposed
        assert fold(nfd(name)) == fold(name)
    assert fold_many([nfd(n) for n in names]) == [fold(n) for n in names]


def test_d_with_stroke_folds_to_d():
    assert fold("Đặng") == "dang"
    assert fold("đặng") == "dang"
    assert fold("ĐỖ ĐỨC ĐẠT") == "do duc dat"
    assert fold(nfd("Đặng")) == "dang"


def test_old_and_new_tone_placement_fold_alike():
    old, new = "Hòa", "Hoà"  # tone mark on the o (old style) or on the a (new style)
    assert old != new and nfd(old) != nfd(new)
    assert fold(old) == fold(new) == fold(nfd(old)) == fold(nfd(new)) == "hoa"
    assert fold("Thúy") == fold("Thuý") == "thuy"
    assert fold("Khỏe") == fold("Khoẻ") == "khoe"


def test_every_vietnamese_vowel_with_every_tone_folds_to_its_ascii_letter():
    vowels = {"a": "aăâ", "e": "eê", "i": "i", "o": "oôơ", "u": "uư", "y": "y"}
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    for ascii_letter, letters in vowels.items():
        for letter in letters:
            for tone in tones:
                ch = unicodedata.normalize("NFC", letter + tone)
                assert len(ch) == 1
                assert fold(ch) == ascii_letter, ch
                assert fold(ch.upper()) == ascii_letter, ch.upper()
                assert fold(nfd(ch)) == ascii_letter


def test_whitespace_is_collapsed():
    assert fold("  Nguyễn\tVăn   An \n") == "nguyen van an"
    assert fold("Nguyễn\u00a0Văn An") == "nguyen van an"  # no-break space from a spreadsheet
    assert nfc("  Nguyễn   Văn\tAn ") == "Nguyễn Văn An"
    assert nfc(nfd("Nguyễn Văn An")) == "Nguyễn Văn An"


def test_fold_many_matches_fold():
    texts = ["Nguyễn Văn An", "", "  Đặng  Thị ", nfd("Hoà"), "LÊ-THỊ", "Ngô Bảo Châu"]
    assert fold_many(texts) == [fold(t) for t in texts]
    assert fold_many([]) == []


def test_reverse_and_split():
    assert reverse_words("nguyen van an") == "an van nguyen"
    assert split_name("Nguyễn Văn An") == ("Nguyễn", "Văn", "An")
    assert split_name(" Trương  Thị Ngọc   Ánh ") == ("Trương", "Thị Ngọc", "Ánh")
    assert split_name("Lan") == ("", "", "Lan")
    assert split_name("Lê Lan") == ("Lê", "", "Lan")
    assert split_name("  ") == ("", "", "")


# -- Vietnamese sort order -----------------------------------------------------------------

def _shuffled_sort(names):
    shuffled = list(names)
    random.Random(3).shuffle(shuffled)
    return sorted(shuffled, key=sort_key)


def test_sort_by_given_then_middle_then_family():
    expected = [
        "Trần Thị An",     # given An, middle Thị
        "Lê Văn An",       # given An, middle Văn, family Lê
        "Nguyễn Văn An",   # given An, middle Văn, family Nguyễn
        "Phạm Văn Bình",   # given Bình
        "Bùi Cường",       # given Cường
        "Ngô Thị Yến",     # given Yến
    ]
    assert _shuffled_sort(expected) == expected
    # by family name first (plain text order) would be different:
    assert sorted(expected) != expected


def test_vietnamese_letter_order():
    # a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
    given = ["An", "Ăn", "Ân", "Bé", "Cúc", "Dung", "Đào", "Em", "Êm", "Giang", "Hà", "Inh",
             "Kha", "Lan", "Mai", "Nga", "Oanh", "Ôn", "Ơn", "Phúc", "Quân", "Rạng", "Sơn",
             "Tâm", "Uyên", "Ưng", "Vân", "Xuân", "Yến"]
    expected = [f"Nguyễn Thị {g}" for g in given]
    assert _shuffled_sort(expected) == expected
    # Python's code-point order puts Đ and the letters with marks elsewhere
    assert sorted(expected) != expected


def test_d_with_stroke_sorts_after_d_and_before_e():
    names = ["Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Em", "Lê Văn Duy", "Lê Văn Đạt"]
    assert _shuffled_sort(names) == [
        "Lê Văn Dũng", "Lê Văn Duy", "Lê Văn Đạt", "Lê Văn Đức", "Lê Văn Em"]


def test_tone_order_ngang_huyen_hoi_nga_sac_nang():
    expected = ["Lê Ma", "Lê Mà", "Lê Mả", "Lê Mã", "Lê Má", "Lê Mạ"]
    assert _shuffled_sort(expected) == expected


def test_letters_decide_before_tones():
    # 'mạ' < 'mai' whatever the tones: the tone only separates words with the same letters
    assert _shuffled_sort(["Lê Mai", "Lê Mạ", "Lê Má"]) == ["Lê Má", "Lê Mạ", "Lê Mai"]
    assert _shuffled_sort(["Lê Anh", "Lê Án", "Lê An"]) == ["Lê An", "Lê Án", "Lê Anh"]


def test_sort_key_ignores_case_form_and_tone_placement():
    assert sort_key("NGUYỄN VĂN AN") == sort_key("Nguyễn Văn An")
    assert sort_key(nfd("Nguyễn Văn An")) == sort_key("Nguyễn Văn An")
    assert sort_key("Lê Thị Hòa") == sort_key("Lê Thị Hoà")
    assert sort_key("Lê Thị Hoa") < sort_key("Lê Thị Hòa") < sort_key("Lê Thị Hóa")


def test_sort_key_accepts_characters_outside_vietnamese():
    # a typographic apostrophe or a Chinese character in a roster must not break an import
    names = ["Nguyễn Văn A’", "Lý 李", "Lê Thị Ñoño", "Nguyễn Văn A"]
    keys = [sort_key(n) for n in names]
    assert len(set(keys)) == 4
    assert sort_key("Nguyễn Văn A") < sort_key("Nguyễn Văn A’")
