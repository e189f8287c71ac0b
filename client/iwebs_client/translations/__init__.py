"""Compiled Qt translations (iwebs_<language>.qm), built from resources/i18n/*.ts."""
