"""Receipt printing (CSH-4): the French layout of a receipt (receipt_layout), rendered to PDF
with Qt (pdf_receipt) and to ESC/POS tickets with python-escpos (escpos_receipt), to the
targets of this workstation's settings (print_settings). Sits between the presenters (which
call PrintReceipt first, then print) and the models in the client's layers."""
