<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<!-- Kept by hand (not by lupdate): Qt's own words that qtbase_uk.qm leaves in English or gets wrong,
     loaded after it so that these win. Compiled by `make translations`. -->
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>&amp;Шукати в:</translation></message>
    <message><source>Files of &amp;type:</source><translation>&amp;Тип файлів:</translation></message>
    <message><source>Show </source><translation>Показати стовпець </translation></message>
</context>
</TS>
