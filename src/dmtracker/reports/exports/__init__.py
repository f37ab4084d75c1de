"""The diary's data out of the app: CSV files in a zip, a JSON backup, a FHIR R4 bundle."""
