<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="107" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="136" />
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="136" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="136" />
        <source>With problems</source>
        <translation>З проблемами</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="139" />
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="170" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="170" />
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="181" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="181" />
        <source>The language changes the next time zhdesk starts.</source>
        <translation>Мову буде змінено під час наступного запуску zhdesk.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="230" />
        <source>zhdesk — {0} — {1}</source>
        <translation>zhdesk — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="232" />
        <source>zhdesk — {0} — consolidated report</source>
        <translation>zhdesk — {0} — зведений звіт</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="246" />
        <source>{0} measures</source>
        <translation>Заходів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="267" />
        <source>Recovered {0} texts that were not saved last time</source>
        <translation>Відновлено текстів, не збережених минулого разу: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="439" />
        <source>NOT saved: the store does not answer. Retrying in 5 seconds…</source>
        <translation>НЕ збережено: сховище не відповідає. Повторю спробу за 5 секунд…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="494" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="496" />
        <source>Some text could not be saved to the store. The window stays open so that nothing is lost; check the store (disk, network) and close again.</source>
        <translation>Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="214" />
        <location filename="../../zhdesk/gui/main_window.py" line="270" />
        <source>Could not open the store: {0}</source>
        <translation>Не вдалося відкрити сховище: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="319" />
        <source>Filled {0} of {1}</source>
        <translation>Заповнено {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="349" />
        <source>&lt;b&gt;Task {0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Завдання {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="351" />
        <source>&lt;b&gt;Executors:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Відповідальні виконавці:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="352" />
        <source>&lt;b&gt;Programme or funding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Програма або обсяг фінансування:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="363" />
        <source>{0} characters</source>
        <translation>Символів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="433" />
        <source>Saved at {0}</source>
        <translation>Збережено о {0}</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="11" />
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="12" />
        <source>Reporting period</source>
        <translation>Звітний період</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="13" />
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>Which measures to show</source>
        <translation>Які заходи показати</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="15" />
        <source>Search measures and texts</source>
        <translation>Пошук у заходах і текстах</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="16" />
        <source>Filled measures</source>
        <translation>Заповнені заходи</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="23" />
        <source>Programme measures</source>
        <translation>Заходи програми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="35" />
        <source>Previous period:</source>
        <translation>Попередній період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="37" />
        <source>Copy into this period</source>
        <translation>Скопіювати в цей період</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40" />
        <source>Text of the previous period</source>
        <translation>Текст попереднього періоду</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41" />
        <source>What was done in the period:</source>
        <translation>Що зроблено за період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="42" />
        <source>Execution text</source>
        <translation>Текст виконання</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="44" />
        <source>Problems of this measure</source>
        <translation>Проблеми цього заходу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53" />
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56" />
        <source>All problems</source>
        <translation>Усі проблеми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="58" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
</TS>