"""The lead image: the URL of the article's main image, as the page declares it.

Sources in order: ``og:image`` (``:url``, ``:secure_url``), ``twitter:image``, the JSON-LD
``image`` / ``thumbnailUrl``, microdata ``image``; http(s) URLs only, made absolute (see
docs/fields.md). When none is declared, the pipeline takes the body's first figure.
"""

from __future__ import annotations

from articlex._fields import Found
from articlex._fields.declared import page_url
from articlex._meta import PageData
from articlex._models import Source
from articlex._rules import page_fields as rules

__all__ = ["find_lead_image"]


def find_lead_image(page: PageData) -> Found[str] | None:
    """The first lead image the page declares."""
    for key in rules.LEAD_IMAGE_META_KEYS:
        for value in page.meta.all(key):
            url = page_url(value, page.url)
            if url:
                return Found(url, Source.META)
    for obj in page.jsonld.articles():
        image = obj.get("image") or obj.get("thumbnailUrl")
        if isinstance(image, dict):
            image = image.get("url") or image.get("contentUrl")
        elif isinstance(image, list) and image:
            first = image[0]
            image = first.get("url") if isinstance(first, dict) else first
        if isinstance(image, str):
            url = page_url(image, page.url)
            if url:
                return Found(url, Source.JSON_LD)
    image_prop = page.microdata.first("image")
    found = page_url(image_prop, page.url) if image_prop else None
    return Found(found, Source.MICRODATA) if found else None
