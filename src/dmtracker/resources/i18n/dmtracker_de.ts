<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>DateFormat</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD</source>
            <comment>letters for the day in a date pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MM</source>
            <comment>letters for the month in a date pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY</source>
            <comment>letters for the year in a date pattern</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
