"""The official report: one neutral model, three writers (XLSX, PDF, DOCX). Writers never query the store."""
