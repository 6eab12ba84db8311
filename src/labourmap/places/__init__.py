"""China's administrative divisions: codes, names in Chinese and English, nesting, points.

    from labourmap.places import get_gazetteer
    gz = get_gazetteer()
    gz.get("130982").name_en            # 'Renqiu'
    gz.search("朝阳区")                  # Beijing's and Changchun's — every candidate
    gz.city_of("110105").code           # '110000': a municipality is its own city

The data file is generated from installed packages by ``python -m labourmap.places.build``.
"""

from labourmap.places.gazetteer import Gazetteer, GazetteerMissing, get_gazetteer
from labourmap.places.model import LEVELS, Division
from labourmap.places.names import COMMON_WORD_SHORTS

__all__ = ["COMMON_WORD_SHORTS", "LEVELS", "Division", "Gazetteer", "GazetteerMissing",
           "get_gazetteer"]
