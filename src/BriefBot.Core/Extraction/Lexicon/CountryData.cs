namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// General knowledge: the world's states (and a few former ones, and the self-governing territories that act as one) with other names, abbreviations, demonyms and capitals.
/// One state a line: <c>Name | other names | demonyms and adjectives | capitals and seats of government</c>, items separated by ';'.
/// </summary>
internal static class CountryData
{
    public const string Lines = """
        Afghanistan||Afghan;Afghans|Kabul
        Albania||Albanian;Albanians|Tirana
        Algeria||Algerian;Algerians|Algiers
        Andorra||Andorran|Andorra la Vella
        Angola||Angolan;Angolans|Luanda
        Antigua and Barbuda|Antigua|Antiguan|St. John's
        Argentina|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
        Armenia||Armenian;Armenians|Yerevan
        Australia|Commonwealth of Australia|Australian;Australians|Canberra
        Austria||Austrian;Austrians|Vienna
        Azerbaijan||Azerbaijani;Azeri;Azerbaijanis;Azeris|Baku
        Bahamas|The Bahamas|Bahamian|Nassau
        Bahrain||Bahraini;Bahrainis|Manama
        Bangladesh||Bangladeshi;Bangladeshis|Dhaka
        Barbados||Barbadian|Bridgetown
        Belarus|Byelorussia|Belarusian;Belarusians|Minsk
        Belgium||Belgian;Belgians|Brussels
        Belize||Belizean|Belmopan
        Benin||Beninese|Porto-Novo
        Bhutan||Bhutanese|Thimphu
        Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians|La Paz;Sucre
        Bosnia and Herzegovina|Bosnia;BiH|Bosnian;Bosnians|Sarajevo
        Botswana||Botswanan;Motswana|Gaborone
        Brazil|Brasil|Brazilian;Brazilians|Brasília
        Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
        Bulgaria||Bulgarian;Bulgarians|Sofia
        Burkina Faso||Burkinabe;Burkinabé|Ouagadougou
        Burundi||Burundian|Gitega;Bujumbura
        Cabo Verde|Cape Verde|Cape Verdean;Cabo Verdean|Praia
        Cambodia|Kampuchea|Cambodian;Cambodians;Khmer|Phnom Penh
        Cameroon||Cameroonian;Cameroonians|Yaoundé
        Canada||Canadian;Canadians|Ottawa
        Central African Republic|CAR|Central African|Bangui
        Chad|Republic of Chad|Chadian;Chadians|N'Djamena
        Chile||Chilean;Chileans|Santiago
        China|People's Republic of China;PRC;Mainland China|Chinese;Sino|Beijing;Peking
        Colombia||Colombian;Colombians|Bogotá
        Comoros||Comorian|Moroni
        Democratic Republic of the Congo|Democratic Republic of Congo;DRC;DR Congo;Congo-Kinshasa;Zaire|Congolese|Kinshasa
        Republic of the Congo|Congo-Brazzaville;Congo||Brazzaville
        Costa Rica||Costa Rican;Costa Ricans|San José
        Côte d'Ivoire|Ivory Coast|Ivorian;Ivorians|Yamoussoukro;Abidjan
        Croatia||Croatian;Croat;Croatians;Croats|Zagreb
        Cuba||Cuban;Cubans|Havana
        Cyprus||Cypriot;Cypriots|Nicosia
        Czech Republic|Czechia|Czech;Czechs|Prague
        Denmark||Danish;Dane;Danes|Copenhagen
        Djibouti||Djiboutian|
        Dominica|||Roseau
        Dominican Republic||Dominican|Santo Domingo
        Ecuador||Ecuadorian;Ecuadorians|Quito
        Egypt||Egyptian;Egyptians|Cairo
        El Salvador||Salvadoran;Salvadorans|San Salvador
        Equatorial Guinea||Equatoguinean|Malabo
        Eritrea||Eritrean;Eritreans|Asmara
        Estonia||Estonian;Estonians|Tallinn
        Eswatini|Swaziland|Swazi;Swati|Mbabane
        Ethiopia||Ethiopian;Ethiopians|Addis Ababa
        Fiji||Fijian;Fijians|Suva
        Finland||Finnish;Finn;Finns|Helsinki
        France|French Republic|French;Frenchman|Paris
        Gabon||Gabonese|Libreville
        Gambia|The Gambia|Gambian;Gambians|Banjul
        Georgia||Georgian;Georgians|Tbilisi
        Germany|Federal Republic of Germany;FRG|German;Germans|Berlin
        Ghana||Ghanaian;Ghanaians|Accra
        Greece|Hellenic Republic|Greek;Greeks|Athens
        Grenada||Grenadian|St. George's
        Guatemala||Guatemalan;Guatemalans|Guatemala City
        Guinea|Guinea-Conakry|Guinean;Guineans|Conakry
        Guinea-Bissau||Bissau-Guinean|Bissau
        Guyana||Guyanese|
        Haiti||Haitian;Haitians|Port-au-Prince
        Honduras||Honduran;Hondurans|Tegucigalpa
        Hungary||Hungarian;Hungarians|Budapest
        Iceland||Icelandic;Icelander;Icelanders|Reykjavik
        India|Republic of India;Bharat|Indian;Indians|New Delhi;Delhi
        Indonesia||Indonesian;Indonesians|Jakarta
        Iran|Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran
        Iraq||Iraqi;Iraqis|Baghdad
        Ireland|Republic of Ireland;Eire|Irish|Dublin
        Israel||Israeli;Israelis|Jerusalem
        Italy||Italian;Italians|Rome
        Jamaica||Jamaican;Jamaicans|
        Japan||Japanese|Tokyo
        Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
        Kazakhstan||Kazakh;Kazakhstani;Kazakhs|Astana;Nur-Sultan
        Kenya||Kenyan;Kenyans|Nairobi
        Kiribati||I-Kiribati|Tarawa
        North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang
        South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul
        Kosovo||Kosovar;Kosovan|Pristina
        Kuwait||Kuwaiti;Kuwaitis|Kuwait City
        Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani|Bishkek
        Laos|Lao PDR|Lao;Laotian|Vientiane
        Latvia||Latvian;Latvians|Riga
        Lebanon||Lebanese|Beirut
        Lesotho||Basotho;Mosotho|Maseru
        Liberia||Liberian;Liberians|Monrovia
        Libya||Libyan;Libyans|Tripoli
        Liechtenstein||Liechtensteiner|Vaduz
        Lithuania||Lithuanian;Lithuanians|Vilnius
        Luxembourg||Luxembourgish;Luxembourger|
        Madagascar||Malagasy|Antananarivo
        Malawi||Malawian;Malawians|Lilongwe
        Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
        Maldives|The Maldives|Maldivian;Maldivians|
        Mali||Malian;Malians|Bamako
        Malta||Maltese|Valletta
        Marshall Islands||Marshallese|Majuro
        Mauritania||Mauritanian;Mauritanians|Nouakchott
        Mauritius||Mauritian;Mauritians|Port Louis
        Mexico|United Mexican States|Mexican;Mexicans|Mexico City
        Micronesia|Federated States of Micronesia|Micronesian|Palikir
        Moldova||Moldovan;Moldovans|Chisinau;Chișinău
        Monaco||Monegasque|
        Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
        Montenegro||Montenegrin;Montenegrins|Podgorica
        Morocco||Moroccan;Moroccans|Rabat
        Mozambique||Mozambican;Mozambicans|Maputo
        Myanmar|Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Yangon;Rangoon
        Namibia||Namibian;Namibians|Windhoek
        Nauru||Nauruan|
        Nepal||Nepali;Nepalese|Kathmandu
        Netherlands|The Netherlands;Holland|Dutch|Amsterdam;The Hague
        New Zealand|Aotearoa|New Zealander;New Zealanders;Kiwi|Wellington
        Nicaragua||Nicaraguan;Nicaraguans|Managua
        Niger||Nigerien;Nigeriens|Niamey
        Nigeria||Nigerian;Nigerians|Abuja
        North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
        Norway||Norwegian;Norwegians|Oslo
        Oman|Sultanate of Oman|Omani;Omanis|Muscat
        Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
        Palau||Palauan|Ngerulmud
        Palestine|State of Palestine;Palestinian territories;West Bank;Gaza;Gaza Strip|Palestinian;Palestinians|Ramallah
        Panama||Panamanian;Panamanians|Panama City
        Papua New Guinea|PNG|Papua New Guinean|Port Moresby
        Paraguay||Paraguayan;Paraguayans|Asunción
        Peru||Peruvian;Peruvians|Lima
        Philippines|The Philippines|Filipino;Philippine;Filipinos|Manila
        Poland||Polish;Pole;Poles|Warsaw
        Portugal||Portuguese|Lisbon
        Qatar||Qatari;Qataris|Doha
        Romania||Romanian;Romanians|Bucharest
        Russia|Russian Federation|Russian;Russians;Russo|Moscow;Kremlin
        Rwanda||Rwandan;Rwandans|Kigali
        Saint Kitts and Nevis|St Kitts and Nevis||Basseterre
        Saint Lucia|St Lucia|Saint Lucian|Castries
        Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Kingstown
        Samoa||Samoan;Samoans|Apia
        San Marino||Sammarinese|
        São Tomé and Príncipe|Sao Tome and Principe|Santomean|São Tomé
        Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis|Riyadh
        Senegal||Senegalese|Dakar
        Serbia||Serbian;Serb;Serbians;Serbs|Belgrade
        Seychelles||Seychellois|
        Sierra Leone||Sierra Leonean|Freetown
        Singapore||Singaporean;Singaporeans|
        Slovakia|Slovak Republic|Slovak;Slovaks|Bratislava
        Slovenia||Slovenian;Slovene;Slovenians|Ljubljana
        Solomon Islands||Solomon Islander|Honiara
        Somalia||Somali;Somalis|Mogadishu
        South Africa|Republic of South Africa;RSA|South African;South Africans|Pretoria;Cape Town
        South Sudan||South Sudanese|Juba
        Spain|Kingdom of Spain|Spanish;Spaniard;Spaniards|Madrid
        Sri Lanka|Ceylon|Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte
        Sudan||Sudanese|Khartoum
        Suriname|Surinam|Surinamese|Paramaribo
        Sweden||Swedish;Swede;Swedes|Stockholm
        Switzerland|Swiss Confederation|Swiss|Bern
        Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
        Taiwan|Republic of China;ROC|Taiwanese|Taipei
        Tajikistan||Tajik;Tajikistani;Tajiks|Dushanbe
        Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
        Thailand|Siam|Thai;Thais|Bangkok
        Timor-Leste|East Timor|Timorese|Dili
        Togo|Togolese Republic|Togolese|Lomé
        Tonga||Tongan;Tongans|Nuku'alofa
        Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian|Port of Spain
        Tunisia||Tunisian;Tunisians|Tunis
        Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara
        Turkmenistan||Turkmen|Ashgabat
        Tuvalu||Tuvaluan|Funafuti
        Uganda||Ugandan;Ugandans|Kampala
        Ukraine|The Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
        United Arab Emirates|UAE;Emirates;U.A.E.|Emirati;Emiratis|Abu Dhabi
        United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons|London;Downing Street;Whitehall
        United States|United States of America;USA;U.S.A.;US;U.S.;America|American;Americans|Washington;Washington, D.C.;White House
        Uruguay||Uruguayan;Uruguayans|Montevideo
        Uzbekistan||Uzbek;Uzbekistani;Uzbeks|Tashkent
        Vanuatu||Vanuatuan;Ni-Vanuatu|Port Vila
        Vatican City|Holy See;Vatican||
        Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
        Vietnam|Viet Nam|Vietnamese|Hanoi
        Yemen||Yemeni;Yemenis|Sanaa;Sana'a
        Zambia||Zambian;Zambians|Lusaka
        Zimbabwe||Zimbabwean;Zimbabweans|Harare
        Hong Kong|Hong Kong SAR;HKSAR|Hongkonger;Hongkongers;Hong Konger;Hong Kongers|
        Macau|Macao;Macau SAR;Macao SAR|Macanese|
        Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet;Soviets|
        Yugoslavia||Yugoslav;Yugoslavian|
        Czechoslovakia||Czechoslovak|
        East Germany|German Democratic Republic;GDR||East Berlin
        """;

    /// <summary>Phrases that contain a state's name or demonym but do not refer to the state.</summary>
    public static readonly string[] NotStatePhrases =
    [
        "Indian Ocean", "Arabian Sea", "Arabian Peninsula", "South China Sea", "East China Sea", "Sea of Japan",
        "Irish Sea", "New Mexico", "New Jersey", "New South Wales", "Latin America", "Latin American", "South America",
        "South American", "North America", "North American", "Central America", "Central American", "Native American",
        "Native Americans", "African American", "African Americans", "Persian Gulf", "English Channel",
        "French Guiana", "North Pole", "South Pole", "Dutch disease", "Turkish delight", "Guinea pig", "Chinese whispers", "Russian roulette",
        "Washington Post", "Georgia Tech",
    ];
}
