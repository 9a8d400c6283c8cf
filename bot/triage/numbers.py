"""Emergency (ambulance) phone numbers by IANA time zone.

The reminders feature asks each person for a time zone; the symptom check uses it to name one
emergency number. Unknown or missing zone: None, and the chat lists the common numbers.
Sources: national emergency-number pages (EU 112; UK 999; US/Canada 911; Australia 000;
New Zealand 111; India 112; Japan/South Korea 119; China 120; Hong Kong 999; Singapore 995;
Brazil 192; Argentina 107; Chile 131; Colombia 123; South Africa 10177 / 112 from mobiles).
"""

from __future__ import annotations

from typing import Final

# Exact zones first (they override the area rules below).
_ZONES: Final[dict[str, str]] = {
    "Europe/London": "999",
    "Europe/Belfast": "999",
    "Europe/Guernsey": "999",
    "Europe/Jersey": "999",
    "Europe/Isle_of_Man": "999",
    "Europe/Gibraltar": "112",
    "Europe/Dublin": "112",
    "GB": "999",
    "Asia/Kolkata": "112",
    "Asia/Calcutta": "112",
    "Asia/Tokyo": "119",
    "Asia/Seoul": "119",
    "Asia/Shanghai": "120",
    "Asia/Chongqing": "120",
    "Asia/Urumqi": "120",
    "Asia/Hong_Kong": "999",
    "Asia/Singapore": "995",
    "Asia/Kuala_Lumpur": "999",
    "Asia/Manila": "911",
    "Asia/Jerusalem": "101",
    "Asia/Tel_Aviv": "101",
    "Asia/Dubai": "998",
    "Asia/Istanbul": "112",
    "Asia/Nicosia": "112",
    "Asia/Famagusta": "112",
    "Asia/Karachi": "1122",
    "Pacific/Auckland": "111",
    "Pacific/Chatham": "111",
    "NZ": "111",
    "America/Sao_Paulo": "192",
    "America/Bahia": "192",
    "America/Fortaleza": "192",
    "America/Recife": "192",
    "America/Manaus": "192",
    "America/Belem": "192",
    "America/Cuiaba": "192",
    "America/Campo_Grande": "192",
    "America/Porto_Velho": "192",
    "America/Boa_Vista": "192",
    "America/Rio_Branco": "192",
    "America/Maceio": "192",
    "America/Araguaina": "192",
    "America/Noronha": "192",
    "America/Santarem": "192",
    "America/Eirunepe": "192",
    "America/Buenos_Aires": "107",
    "America/Santiago": "131",
    "America/Punta_Arenas": "131",
    "America/Bogota": "123",
    "Africa/Johannesburg": "10177",
    "Atlantic/Reykjavik": "112",
    "Atlantic/Canary": "112",
    "Atlantic/Madeira": "112",
    "Atlantic/Azores": "112",
    "Atlantic/Faroe": "112",
}
# Area rules: the first matching prefix wins.
_PREFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("America/Argentina/", "107"),
    ("Europe/", "112"),  # 112 works across the EU and the rest of Europe
    ("America/", "911"),  # US, Canada, Mexico and most of Central America and the Caribbean
    ("US/", "911"),
    ("Canada/", "911"),
    ("Australia/", "000"),
)


def emergency_number(tz: str | None) -> str | None:
    """The ambulance number for a person in time zone `tz`, or None if not known."""
    if not tz:
        return None
    if tz in _ZONES:
        return _ZONES[tz]
    for prefix, number in _PREFIXES:
        if tz.startswith(prefix):
            return number
    return None
