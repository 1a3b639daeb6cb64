// Surnames of immigrant and international families as written in the US (Africa, Haiti, Arab world incl. al-/el-
// forms hyphenated and joined, Iran, Afghanistan, Turkey, Armenia, South and Southeast Asia, Pacific Islands, Europe,
// Brazil, Spanish-speaking America), to fill gaps in the US census surname list. Written from the author's knowledge,
// not copied; ordinary English words, clinical abbreviations and medical eponyms left out.
export const SURNAMES_WORLD = `
adeyemi adebayo adeleke adewale adeniyi adekunle adeyinka adebiyi adesanya afolabi ajayi akande
akinola akinyemi aluko ayodele babatunde bakare balogun fashola ogunleye ogunbiyi ogundipe ogunyemi
oladipo oladele olatunji olawale olaniyan owolabi oyewole sanusi idowu ayinde adeoye adesina
adetunji popoola
chukwu chukwuma chukwuemeka okonkwo nwosu nwachukwu nwankwo nwafor nwogu nwokoye nwoye okeke okoro
okoye okolie okpara onyeka onyema onwuka onuoha obiora obinna ezeh igwe ibekwe ndukwe nnaji nweke
ogbonna ojukwu okechukwu orji ugwu uzor anyanwu iheanacho njoku opara amadi
abubakar aliyu danjuma garba jibrin umaru yakubu haruna mustapha adamu abdullahi audu
akpan etim effiong ekpo bassey udoh inyang ukpong essien okon edet umoh osagie omoregie
asante owusu boateng appiah ofori agyeman agyemang amoah acheampong adjei ampofo ansah antwi asamoah
asare boakye bonsu danquah darko donkor frimpong gyamfi kyei nyarko obeng oduro ofosu opoku quaye
quartey sarpong tetteh yeboah amankwah amponsah asiedu kwarteng oppong twumasi aryee lamptey abdulai
mahama baidoo aidoo agyei afriyie gyasi
kamau kariuki kimani mwangi njoroge wanjiru ngugi kiprop kiprotich kibet koech korir langat rotich
cheruiyot kosgei kemboi otieno odhiambo ochieng onyango omondi okoth owino ouma oduor achieng wafula
wekesa barasa mutua wanjiku macharia maina ndungu waweru kiptoo mbugua okello opiyo karanja kuria
mwaura
tesfaye gebremedhin gebremariam gebreyesus gebrehiwot gebremichael gebru gebre haile hailemariam
hailu tadesse tekle tesfamariam tesfay tsegaye wolde woldemariam worku yohannes alemayehu alemu
ayele abebe assefa asfaw bekele berhane berhe desta demissie getachew girma kebede kassa kidane
mekonnen mesfin negash shiferaw tefera tessema yilma zewdie zerihun berhanu mehari mulugeta araya
hagos tesfai gebre-mariam
warsame abdi aden dahir duale elmi guled hersi hirsi mohamud mohamoud noor roble samatar abdirahman
abdulle adan barre dirie dualeh ilmi isse mahad nuur wehliye yasin abdikadir abdirizak abdirashid
abdisalam warfa jama abdulkadir
eltahir elkhalifa abdalla abdelgadir babiker mahgoub yousif siddig suliman elnur abuzeid bakheet
elmubarak yagoub
deng garang majok akol mabior lual mayen kuol malual nyok ajak akech makuei manyang thon mading
kuany atem riak gatluak bior
mukendi tshibangu kalonji kasongo kabongo ilunga mulumba mutombo mbuyi mbala ngoy nkulu tshimanga
kazadi mbemba mpiana kabamba kayembe kalala mwamba mukuna nsimba malonga mpoyi mulamba kapinga
kalombo kanyinda kabeya ngandu nkongolo
jean-baptiste jeanbaptiste pierre-louis pierrelouis jean-louis jeanlouis jean-pierre jeanpierre
jean-charles jeancharles jean-francois jeanfrancois jean-jacques jeanjacques jean-paul jeanpaul
saint-fleur saintfleur saint-louis saintlouis saint-hilaire sainthilaire saint-jean saintjean
saint-vil saintvil saint-juste saintjuste st-fleur stfleur st-hilaire sthilaire pierre-paul
pierrepaul petit-frere petitfrere fils-aime filsaime
desir dorvil dorsainvil fleurimond fleurant lafortune laguerre lamothe mompoint polynice romelus
sanon senat toussaint bellegarde calixte celestin cenatus charlot cherenfant chery clerveaux delva
derisme exantus exume jeudy joassaint jolicoeur laurore louissaint magloire moise mondesir narcisse
philogene sainvil thelusma ulysse estinvil francillon nazaire dieudonne francoeur aristide bien-aime
bienaime florvil
al-rashidi alrashidi al-harbi alharbi al-otaibi alotaibi al-qahtani alqahtani al-ghamdi alghamdi
al-zahrani alzahrani al-shehri alshehri al-dosari aldosari al-mutairi almutairi al-anazi alanazi
al-shammari alshammari al-saadi alsaadi al-obaidi alobaidi al-zubaidi alzubaidi al-tamimi altamimi
al-mansouri almansouri al-maliki almaliki al-asadi alasadi al-jubouri aljubouri al-saidi alsaidi
al-khatib alkhatib al-hashimi alhashimi al-masri almasri al-sayed alsayed el-sayed elsayed el-masry
elmasry el-sherif elsherif el-khatib elkhatib el-gamal elgamal el-naggar elnaggar el-attar elattar
el-said elsaid el-amrani elamrani
sleiman aoun bitar chami daher farhat ghanem hijazi kassab kassem maalouf makdisi moussa nasr rizk
sabbagh saliba tannous touma yazbek younes zoghbi bazzi beydoun berri fakhoury haidar hammoud
nasrallah salameh sayegh
barghouti darwish khader khalidi masri nabulsi odeh tamimi khasawneh obeidat tarawneh zoubi
abu-ghazaleh abughazaleh abu-khalil abukhalil
abdelaziz abdelhamid abdelmalek abdelmessih abdelsayed attia awad badawi boutros fahmy farag girgis
guirguis iskander mikhail morcos shenouda soliman tadros wahba youssef zaki mostafa moustafa naguib
tawfik shehata abdelrahman abdulrahman abdelkader abdulaziz abdallah abdou
benali benjelloun bennani belkacem belhadj cherif chraibi slimani tazi bouaziz brahimi messaoudi
amrani alaoui trabelsi
youkhana odisho eshaya gewargis shlemon oraha shamoun yaldo jarbo kallabat kalasho najor yono
ahmadi akbari alavi amini asadi azizi bagheri bahrami ebrahimi farahani ghasemi ghorbani hashemi
hosseini jafari karimi kazemi khalili mirzaei mohammadi moradi mousavi najafi naderi nazari nouri
rahimi rezaei rostami sadeghi salehi sharifi shirazi zamani zarei dehghan emami eskandari heidari
jamshidi khosravi mahmoudi moghadam moghaddam yousefi alizadeh hosseinzadeh hassanzadeh
ahmadzai popal barakzai durrani mohammadzai sultani wardak karzai ghani hamidi habibi haidari
hashimi sadat stanekzai stanikzai shinwari waziri yousufzai yousafzai niazi noorzai omari sediqi
siddiqi alokozay achakzai mohmand zadran safi noori jalalzai
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin
koc ozkan simsek polat ozcan korkmaz erdogan yavuz acar aktas yalcin bozkurt bulut turan kose yuksel
aksoy tekin bayram karaca uysal erdem kocak altun karatas coskun ozgur kahraman
sargsyan sarkisian sarkissian petrosyan petrosian hakobyan hagopian grigoryan harutyunyan
haroutunian khachatryan khachaturian avetisyan karapetyan gevorgyan mkrtchyan vardanyan ghazaryan
hovhannisyan simonyan stepanyan martirosyan manukyan davtyan poghosyan babayan sahakyan nazaryan
avakian baghdasaryan bedrosian demirjian garabedian gasparian kouyoumjian minasian mirzoyan
movsisyan nalbandian nersesian ohanian papazian shahinian zakarian muradyan aslanyan galstyan
hayrapetyan kocharyan melikyan oganesyan
subramanian subramaniam ramasamy krishnamurthy venkatesan rajendran natarajan srinivasan murugan
arumugam kandasamy palanisamy annamalai duraisamy elangovan ganesan gopalakrishnan jayaraman
karthikeyan mahalingam nagarajan parthasarathy perumal rajagopal rajagopalan ramachandran ramalingam
saravanan selvaraj shanmugam sivakumar vasudevan venkataraman viswanathan chandrasekaran
balasubramanian
chowdary choudary ganta bollineni chennupati devineni gorantla gummadi kothapalli nallamothu potluri
tummala vemula yarlagadda yalamanchili dasari gaddam guntupalli kalluri nadella thota vemuri
chalasani kamineni challa nimmagadda jonnalagadda
kurian kuriakose cherian panicker warrier nambiar kurup thampi varkey koshy kuruvilla mammen oommen
ninan eapen punnoose chandy idicula mathai namboodiri
bhattacharya bhattacharjee ganguly chakraborty chakrabarti dasgupta sengupta datta majumdar mazumdar
haldar mondal mandal nandi debnath bhowmick choudhury kundu lahiri sanyal talukdar bagchi barua
uddin akter akhter begum khatun talukder miah haque sarker mollah bhuiyan khandaker howlader sikder
brar bains bajwa randhawa sekhon sahota virk cheema chahal dhaliwal dhami ghuman hundal johal kahlon
malhi nijjar pannu purewal sangha saini sohal takhar thind toor uppal walia ahluwalia khurana dhawan
oberoi sachdeva sahni talwar tandon wadhwa chhabra gulati khosla
thakkar bhakta solanki parmar rathod makwana mistry panchal prajapati gohil jadeja vaghela barot
upadhyay raval rawal kapadia lakhani kotecha jhaveri zaveri chokshi dholakia sanghvi shroff
jadhav pawar shinde chavan deshmukh gaikwad kadam kamble sawant bhosale gokhale paranjape ranade
apte joglekar kelkar khare mhatre nadkarni tendulkar waghmare mahajan vaidya ghorpade jagtap
lokhande mohite raut salvi thorat kamath shenoy hegde
poudel paudel gurung tamang thapa magar limbu shrestha maharjan bajracharya shakya karki khadka
basnet bista chhetri dahal dhakal ghimire koirala lamichhane neupane pokharel pokhrel regmi sapkota
subedi bhattarai gyawali khanal khatri adhikari bhandari sherpa manandhar timilsina
jayasuriya jayawardena jayawardene wickramasinghe wickremesinghe gunawardena gunasekara gunaratne
bandara dissanayake herath karunaratne rajapaksa ranasinghe senanayake weerasinghe wijesinghe
wijeratne samarasinghe rathnayake ratnayake amarasinghe abeysekera ekanayake gamage jayasinghe
liyanage pathirana peiris tennakoon jayasekara sivalingam nadarajah balasingham selvarajah
awan bhatti gondal janjua khokhar rajput abbasi akhtar baig baloch bukhari farooqi gilani hashmi
kazmi khattak khwaja lodhi memon mughal naqvi qazi rizvi warraich zaidi chughtai kiyani kayani
yousaf mahmood masood mehmood rafique nawaz pervez riaz afridi minhas
duong doan luong trinh dinh quach luu chau vuong kieu thach tieu diep giang khuu nghiem phung quan
thieu trieu vong ninh tiet uong vien cao hua lai vuu
dela-cruz delacruz delos-santos delossantos delos-reyes delosreyes dela-rosa delarosa dela-pena
delapena dela-torre delatorre de-guzman deguzman macapagal magsaysay mangubat mallari manalastas
manansala magbanua dimaculangan dimaano dumlao gatchalian macaraig malabanan mangahas panganiban
pangilinan quiambao agbayani agcaoili andaya bacani baluyot cunanan dacanay dalisay lacsamana lagman
manalili marasigan nepomuceno pamintuan simbulan tiongson umali yabut yumul ancheta balagtas guinto
punzalan
vang xiong thao moua lor vue khang kue chue kong thor
phommachanh sengsavang souvannavong phanthavong sisouphanh chanthavong inthavong sayavong vongsavanh
xayavong keomany vilaysack sananikone southammavong manivong thammavong vongxay souksavanh chanthala
phimmasone sisavath
chea heng keo nhem ouk seng srey vann yim chhim chhun leng nuon oum rath soeun sokha khieu kuy pheng
sary tith chhorn vuth huot sok
saetang saelee saelim saeyang saechao saephan saetern saeteurn chaiyaporn wongsawat srisawat
suwannarat thongchai boonmee somboon jaidee srisuk chaiwong
wijaya santoso gunawan halim hartono kusuma kurniawan setiawan susanto tanuwidjaja sutanto wibowo
hidayat nugroho prasetyo purnomo saputra siregar sitompul simanjuntak situmorang pardede nasution
harahap lubis hutagalung panjaitan pangaribuan simatupang sinaga silalahi manurung tambunan
sihombing budiman hermawan irawan widodo wattimena sahetapy
tuiasosopo faleolo fonoti aumua fuimaono sapolu tuilagi leota tuala mauga mageo iosefa savea seumalo
tauanuu tavita toleafoa faumuina leaupepe reupena tagaloa tuitele
fifita fonua funaki moala taufa tupou vainikolo folau hopoate latu lavaka mafi otai piutau taione
taumalolo vaka
kealoha kahananui kanahele kamaka kamakana kahale keawe keola kahele kanakaole akana akina akau
aiona ahuna alapai hoopii iona kawelo makua naone nakoa nahale palakiko kaupu mahoe kaapana
taitano tenorio aguon babauta chargualaf leon-guerrero leonguerrero manibusan mendiola pangelinan
quenga sablan taijeron terlaje unpingco untalan crisostomo tedtaotao villagomez aguigui san-nicolas
sannicolas borja duenas san-agustin sanagustin
kabua anjain debrum loeak balos riklon capelle heine kijiner zackios
kuznetsov kuznetsova ivanov ivanova smirnov smirnova popov popova sokolov sokolova lebedev lebedeva
kozlov kozlova novikov novikova morozov morozova petrov petrova volkov volkova vasiliev vasilieva
zaitsev zaitseva semenov semenova fedorov fedorova mikhailov mikhailova orlov orlova andreev
andreeva kovalev kovaleva alekseev alekseeva stepanov stepanova yakovlev yakovleva sorokin sorokina
sergeev sergeeva borisov borisova medvedev medvedeva polyakov polyakova zhukova nikolaev nikolaeva
maksimov maksimova mironov mironova
kovalenko shevchenko boyko boiko bondarenko tkachenko kravchenko kovalchuk oliynyk shevchuk
polishchuk tkachuk marchenko savchenko petrenko klymenko pavlenko kravchuk ponomarenko kharchenko
yurchenko melnyk honcharenko goncharenko lytvyn litvinenko shapoval tymoshenko zinchenko savchuk
boychuk marchuk melnychuk tereshchenko vovk
wieczorek stepien wlodarczyk kazmierczak szczepaniak sobczak czerwinski glowacki zakrzewski
wasilewski kowalewski pietrzyk bielecki ziolkowski kasprzak mikolajczyk kowalczuk zieba kwiecien
piatek lukasik kaczynski wawrzyniak wojtowicz blaszczyk bednarek cieslak chojnacki lesniak majchrzak
kowalska nowakowska lewandowska wisniewska zielinska kaminska szymanska dabrowska kozlowska
jankowska wojciechowska kwiatkowska piotrowska grabowska pawlowska michalska jablonska majewska
olszewska malinowska jaworska witkowska ostrowska tomaszewska zalewska jasinska zawadzka sadowska
sokolowska czarnecka
novotny cerny prochazka kucera vesely nemec pokorny pospisil ruzicka sedlacek dolezal navratil
cermak kratochvil bartos vlcek konecny stastny kadlec
novakova svobodova novotna dvorakova prochazkova kucerova horakova pokorna pospisilova jelinkova
ruzickova benesova fialova dolezalova zemanova kolarova navratilova kovac balaz oravec
jovanovic petrovic nikolic markovic djordjevic stojanovic stankovic pavlovic popovic kovacevic
vukovic jankovic mladenovic dimitrijevic stevanovic bozic mihajlovic marinkovic radic krstic
cvetkovic djuric
babic maric juric knezevic matic kovacic blazevic grgic peric filipovic saric jelic
hodzic hadzic begic mehmedovic hasanovic delic suljic alic avdic becirovic omerovic osmanovic
ahmetovic salihovic husic halilovic selimovic begovic
hoxha krasniqi berisha gashi shala morina kelmendi hoti hasani rexhepi ismaili osmani dedvukaj
gojcaj xhaferi bajrami demiri jashari
stojanovski petrovski nikolovski trajkovski dimitrovski georgievski
georgiev dimitrov nikolov stoyanov todorov hristov angelov atanasov georgieva dimitrova stoyanova
todorova hristova
popescu ionescu stoica gheorghe rusu munteanu serban ciobanu nistor dragomir neagu anghel zamfir
oprea craciun cojocaru mocanu iordache tanase stanciu diaconu grigore ardelean enache petrescu
georgescu constantinescu dumitrescu stanescu marinescu ionita nastase olteanu ungureanu rotaru
muresan radulescu
lakatos meszaros olah racz fekete szilagyi torok balazs szucs kocsis pinter gulyas fulop bodnar
szekely bartha halasz hajdu kozma pasztor vajda csizmadia erdelyi kardos lengyel vegh
papadopoulou papageorgiou papanikolaou papadimitriou nikolaou dimitriou konstantinou ioannou
christodoulou karagiannis oikonomou anagnostou athanasiou alexiou antoniou vasileiou giannopoulos
kostopoulos dimopoulos nikolaidis panagiotou pavlidis stavropoulos theodorou triantafyllou kyriakou
charalambous georgiadis nikolopoulos papaioannou sotiropoulos stathopoulos vasilakis yiannopoulos
lindqvist lundqvist bergqvist sjoberg soderberg soderstrom soderlund ekstrom holmqvist bengtsson
jakobsson magnusson nyqvist sandstrom sundqvist akesson axelsson bjorklund blomqvist dahlqvist
fredriksson hellstrom isaksson mattsson malmqvist mansson nordqvist samuelsson gunnarsson lofgren
haugland haaland hovland kvale myklebust skaar solheim stokke tveit bjornstad fossum gjerde grimstad
kolstad langeland lokken rustad saether tangen torgersen aarseth
frederiksen mikkelsen lauridsen damgaard kjaer kjaergaard norgaard ostergaard vestergaard kirkegaard
bundgaard winther
gudmundsson sigurdsson jonsdottir sigurdardottir einarsson
korhonen virtanen hamalainen lehtinen heinonen heikkila kinnunen salonen turunen laitinen tuominen
rantanen karjalainen jokinen savolainen lahtinen ahonen hiltunen leinonen hirvonen kettunen
miettinen pitkanen manninen peltonen laaksonen toivonen aaltonen karvonen koponen leppanen mustonen
oksanen seppala suominen
janssens wouters verhoeven kuipers veenstra schouten gerritsen hoogendoorn verbeek scholten
timmermans jongsma kloosterman heemskerk peeters smits goossens claessens aerts verstraeten
vanderveen vandermolen vanderwal vandijk van-dijk vandenbosch vanleeuwen van-leeuwen vanbeek
vanderlinden vandam vanderlaan vanderploeg vanwijk vandenbroek vandenheuvel van-den-berg vandevelde
vandamme vandermeulen van-der-meer van-der-veen
dejong de-jong degroot de-groot devries de-vries debruin de-bruin debruijn de-bruijn dewit de-wit
deboer de-boer degraaf de-graaf dekoning devos de-vos dehaan de-haan dejager deruiter declercq
desmet
magalhaes sampaio brandao nascimento cavalcanti cavalcante albuquerque bezerra siqueira queiroz
vasconcelos meireles guimaraes peixoto lacerda falcao godinho gouveia mesquita mourao nogueira
rebelo resende rezende seixas sobrinho veloso arruda bittencourt caldeira camargo conceicao dantas
domingues fagundes galvao gusmao junqueira leitao marinho meneses novais paixao trindade uchoa
assuncao
dasilva da-silva dossantos dos-santos dacosta da-costa deoliveira de-oliveira desouza de-souza
dealmeida de-almeida donascimento do-nascimento dacunha da-cunha delima de-lima decarvalho
de-carvalho deandrade de-andrade defreitas de-freitas dearaujo de-araujo
ponce-de-leon poncedeleon montes-de-oca montesdeoca de-la-cruz de-la-rosa de-la-fuente delafuente
de-la-garza delagarza de-los-santos de-la-torre de-la-pena de-la-paz delapaz de-leon del-castillo
delcastillo del-valle delvalle del-rio del-toro deltoro de-jesus dejesus de-los-reyes del-angel
delangel san-martin sanmartin san-miguel sanmiguel santa-cruz santacruz ruiz-diaz ruizdiaz de-paz
depaz de-armas dearmas
arancibia echeverria goicoechea irigoyen yrigoyen urrutia uriarte arrieta larrea arriaga echevarria
etcheverry ugarte urquiza zaldivar
quispe mamani condori huaman choque apaza huanca yupanqui vilca
guaman quizhpi sinchi tenesaca naula morocho pesantez lojano quishpe tipan chicaiza
chavajay tuyuc tzul xiloj caal xol tiul maquin ical pacay samayoa recinos monterroso solorzano
menjivar guardado chicas argueta lemus villatoro funes landaverde marroquin melara quijada umana
zelaya turcios barahona coreas henriquez arriaza banegas funez maradiaga matamoros sauceda suazo
tinoco valladares
almonte frias polanco taveras espaillat fermin genao liriano marte minaya tejada urena veras
encarnacion espinal florentino ozuna reynoso severino lantigua ovalle peguero hilario
restrepo londono zuluaga arbelaez henao cadavid giraldo arboleda betancur echeverry gaviria isaza
marulanda monsalve ospina pulgarin rendon agudelo alzate hincapie holguin orrego yepes
fuenzalida covarrubias valdivia riquelme maturana cifuentes aravena poblete
`;
