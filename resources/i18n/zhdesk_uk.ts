<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="96" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="125" />
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="125" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="125" />
        <source>With problems</source>
        <translation>З проблемами</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="128" />
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="159" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="159" />
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="170" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="170" />
        <source>The language changes the next time zhdesk starts.</source>
        <translation>Мову буде змінено під час наступного запуску zhdesk.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="219" />
        <source>zhdesk — {0} — {1}</source>
        <translation>zhdesk — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="221" />
        <source>zhdesk — {0} — consolidated report</source>
        <translation>zhdesk — {0} — зведений звіт</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="235" />
        <source>{0} measures</source>
        <translation>Заходів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="406" />
        <source>NOT saved: the store does not answer. Retrying in 5 seconds…</source>
        <translation>НЕ збережено: сховище не відповідає. Повторю спробу за 5 секунд…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="461" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="463" />
        <source>Some text could not be saved to the store. The window stays open so that nothing is lost; check the store (disk, network) and close again.</source>
        <translation>Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="203" />
        <location filename="../../zhdesk/gui/main_window.py" line="241" />
        <source>Could not open the store: {0}</source>
        <translation>Не вдалося відкрити сховище: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="290" />
        <source>Filled {0} of {1}</source>
        <translation>Заповнено {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="320" />
        <source>&lt;b&gt;Task {0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Завдання {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="322" />
        <source>&lt;b&gt;Executors:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Відповідальні виконавці:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="323" />
        <source>&lt;b&gt;Programme or funding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Програма або обсяг фінансування:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="334" />
        <source>{0} characters</source>
        <translation>Символів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="400" />
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