"""The clinic report: one PDF for the rheumatologist (glance page, tables, charts, appendix)."""
