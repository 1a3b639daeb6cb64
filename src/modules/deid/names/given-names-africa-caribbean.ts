// Given names (male and female) of sub-Saharan Africa (Nigeria, Ghana, West Africa, Horn of Africa, East, Central
// and Southern Africa), Haiti and the French Caribbean, Jamaica and the English Caribbean, Cape Verde, and
// African-American names missing from the 1990 census list. Written from the author's knowledge, not copied;
// lower-case ASCII, 3+ letters, no duplicates, names that are English words or clinical abbreviations left out.
export const GIVEN_NAMES_AFRICA_CARIBBEAN = `
aaliyah abayomi abdalla abdelaziz abdelrahman abdi abdiaziz abdifatah abdihakim abdikarim abdinasir
abdirahim abdirahman abdirashid abdirizak abdisa abdisalam abdiwali abdou abdoulaye abdulahi
abdulai abdulaziz abdulkadir abdullahi abdulrahman abeba abebe abena abenaa abenezer abike abimbola
abiodun abiola abisola abiy abla aboubacar abshir abubakar abuk achan achieng achol adaeze adama
adamu adan adanna adaobi adaora adebayo adebisi adebola adedayo adejoke adekunle adeleke adelino
ademola aden adenike adeniyi adeola adeoye adesina adesola adesuwa adetokunbo adewale adeyemi
adeyinka adhiambo adilson adjoa adunni adwoa afia afolabi afriyie afua ahmadu ahmed aida ailton
aime ainembabazi aisha aishat aissatou ajak ajibola ajok ajoke akachi akech akeem akello akhona
akilah akintunde akinwale akinyemi akinyi akol akosua akoth akua akwasi alcides alemayehu alhassan
alieu aliou alioune aliyah aliyu almaz altagrace alusine amadou amadu amahle amaka amal amani
amanuel amara amarachi amari amaya amilcar amina aminat aminata aminu amna anayo andile anele anesu
aniekan anildo aniya aniyah ann-marie anne-marie annemarie annmarie antwan antwon anyang anyango
apiyo araba aristides arlindo asanda asha ashenafi ashu asifiwe asiimwe asli asong assane assefa
astou atem athi atieno atwine audley awa awad awal awet awino ayaan ayan ayana ayanda ayanle ayanna
ayantu ayen ayesha ayinde ayobami ayodeji ayodele ayomide ayoola azeb azubuike babacar babajide
babatunde babirye bahati bakari bakary bamidele baraka barrington bashir bello benedicte bereket
beresford berhanu berhe betelhem bezawit bienvenu biniam biniyam binta biruk bisi bisola bizimana
boitumelo bolaji bongani bontu boru bosede boubacar brima buhle bukky bukola bunmi burhan busayo
busisiwe byamungu carmelle celestina chaltu chantal chantale chebet cheikh chepkoech cheruiyot
chiamaka chibueze chibuzo chibuzor chidera chidi chidimma chidinma chiedza chigozie chijioke chika
chike chimamanda chimezie chinaza chinedu chinelo chinenye chinonso chinwe chinyere chioma chipo
chisom chizoba christelle chuka chuks chukwudi chukwuebuka chukwuemeka chukwuma chuol ciara ciera
clarisse conceicao coumba dagim dagmawi dahir dajuan damilare damilola danjuma dapo daquan darasimi
dashawn daud dauda daudi davian davion davonte dawit dayo deandra deandre deangelo deeqa deji
dejuan dela delali delroy demarcus demario demba demetria deng deonte deqa dequan dereje desean
deshaun deshawn deshon desta destinee devonte dieudonne dieujuste dieula dieumerci dieunel dieuseul
dineo dionte djamila djenilson djibril dolapo domingos dontae donte dotun doyin dozie duaa dzifa
ebere eboni ebou ebrima ebube ebuka edeline edem edet edmilson ednilson edson effiong efosa efrem
efua eghosa ejiro ekene ekow ekua eleni elikem elisangela elorm eman emeka eniola enyonam ephrem
ermias eskinder esperance espoir euclides evandro eveline evelyne everton exauce eyerusalem eyob
eyram ezinne fabienne fabiola faduma fadumo fadzai farah farai faraja fatima fatimah fatimat
fatmata fatou fatoumata fatu fatuma faysal fedna fedner femi feven fiifi filmon filomena filsan
finda fisayo fiston fitsum fitzroy foday fola folake folasade folashade frantz frehiwot fritzgerald
fritzner funke funmi funmilayo furaha fuseini gaelle ganza garang garba garfield gasana gatkuoth
gatluak gbemisola gbenga gebre gemechu gerline gesner getachew ghislaine gilson ginette girma
girmay gisele gitau glenroy gloire gracinda guerda guerlande guerline guled haben habiba habimana
habte haddy hadiza hafsat hagos haile hailu hakeem hakizimana halima hamdi hamid hamisi hamza hanad
hanan haruna hashim hassan hauwa hawa hawi helder henok hiba hibo hinda hirsi hirut hirwa hisham
hiwot hodan hopeton huguette hussein ibrahim ibrahima ibukun icilda idalina idara idil idowu idris
ifeanyi ifeoluwa ifeoma ifrah ifunanya ijeoma ikechukwu ikem ikenna ikran ilhan ilunga ilyas iman
imani imaobong immacula ineza ingabire ionie iradukunda irakoze isatou isatu isha ishema ishimwe
islande ismail ismaila isoken issa issah itumeleng ivanilda ivie iyabo iyanu jabari jada jaden
jaheim jahiem jahmal jaida jailson jainaba jalen jalisa jaliyah jama jamal jamar jamarcus jamari
jameka jamel jamil jamila jamilah jamir jamya jandira janiya janiyah jaquan javaughn javion jawahir
jayda jayden jayla jaylah jaylen jaylin jaylon jazmin jazmine jazmyn jean-baptiste jean-charles
jean-claude jean-emmanuel jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie
jean-michel jean-paul jean-philippe jean-pierre jean-rene jean-robert jean-yves jeanbaptiste
jeancharles jeanclaude jeanfrancois jeanjacques jeanlouis jeanluc jeanmarc jeanmarie jeanmichel
jeanpaul jeanphilippe jeanpierre jeanrene jeanrobert jeanyves jelani jeneba jesula jevaughn jevon
jhanelle jibril jide joao jocelyne jodian johanne johari josette joycelyn judeline julie-ann
julieann juma jumoke kabelo kabeya kabir kabiru kabongo kachi kaddy kadeem kadeen kadian kadiatu
kafui kagiso kaleb kalisa kaliyah kalkidan kalonji kamal kamari kamaria kamau kansiime karabo
karanja kareem kariuki kasongo kassim katlego kato kawira kawsar kayden kayode kayon kazadi keandre
kebba kebede kehinde keisha kelechi kemar kemboi kemi kemoy kenisha kenroy kensley kenson kenyatta
kenyon keon keona kerby kerline kerone kerri-ann kerry-ann kerryann kervens kesha keshawn keshia
ketly ketsia kettly kevaughn keyana keyon keyonna keyshawn keza kgomotso khadija khadijah khadra
khady khalid khamisi kiana kianna kiara kibet kibrom kidist kierra kiesha kimani kimone kimoy
kipchoge kipkoech kiprono kiprotich kirubel kisha kizito kizza kobina kodjo kodzo kofi kojo kokou
kolawole komla konadu korto kossi kowsar kudakwashe kudzai kumba kundai kunle kuol kwabena kwadwo
kwaku kwame kwamena kwasi kweku kwesi kwizera ladan ladarius ladonna lakeisha lakendra lakesha
lakeshia lakisha lamercie lamin lamine lanre lansana laquan laquisha laquita lascelles lashanda
lashawn lashonda latanya latasha latisha latonya latoya latrell latrice lavonda lawal lawanda layla
lebogang lebohang lee-ann leeann lekan lelise lensa lenworth leonie lerato lesedi lesego lesly
lethabo leyla libaan liban lidya lindiwe linval liya lovens lual lubega lucienne luckner luckson
lucner lungile lurdes luthando luwam luzolo lwazi mabior machar mackenson mading magalie mahad
mahamed mahlet mahmud maimouna maimuna maina majok makena makenson malaika malick malik malika
malikah malual mamadou mame mandla manouchka mansur maombi mapendo marcelle margarida marial mariam
mariama mariamu marie-ange marie-anne marie-carmel marie-carmelle marie-christine marie-claire
marie-claude marie-france marie-helene marie-jose marie-josee marie-laure marie-louise
marie-lourdes marie-michelle marie-rose marie-therese marieange marieanne mariecarmel marieclaire
marieclaude mariefrance mariehelene mariejose mariejosee marielaure marielouise marielourdes
marierose marietherese markell marquita marwa maryam maryan maryse masego mawuli mayowa mbabazi
mbali mbaye mbongeni mbugua mbuyi meaza mebrat mehari mekdes mekonnen memuna merhawi merlene
merline meron merveille meseret mesfin meskerem mfon micheline mireille mirlande mirlene mirline
modou modupe mohamed mohammed mohamud moji mojisola momodou morayo morenike mouhamadou mouhamed
moussa moustapha mpho mpumi mthunzi mueni mufaro mugabo mugisha muhammed muhire mujinga mukamana
mukasa mukhtar mulugeta mumbi muna munashe munezero murielle musa musoke mussa mussie mustafa
mustafe mustapha musu mutesi muthoni mutombo mutoni mutua muyiwa mwajuma mwamba mwanaisha mwangi
myrlande myrlene myrtha nabukenya nadege nafisa nafula nahom naika naima najib najma nakato nakia
nakisha nakita naledi nalubega namutebi nandi nankya nardos nasir nasiru nasra natacha nathalie
natnael ndayishimiye ndey ndeye ndikumana ndungu neema nekesa netsanet neusa neuza nevaeh ngozi
ngugi nhial nhlanhla nhyira nia nickeisha nikeisha nilton nimco nimo niyi niyonkuru niyonzima
njabulo njeri njoki njoroge nkechi nkem nkeng nkosinathi nkurunziza nnamdi nneka nnenna nobuhle
nokutenda nokuthula nomsa nomvula nonhlanhla nonso nordia nosa nosakhare nosipho novlette nqobile
nshimiyimana nthabiseng ntokozo ntumba nur nura nuru nwamaka nyakim nyakuoth nyambura nyandeng
nyaradzo nyasha nyla obafemi obiageli obianuju obinna obioma obiora obsa ochieng odane odete
odhiambo oduor ofentse ogechi ojok okechukwu okello okey okot okoth olabisi oladele oladipo olajide
olamide olanrewaju olatunde olatunji olawale olayinka oluchi olufemi olugbenga olumide olusegun
oluseun olusola oluwafemi oluwaseun oluwaseyi oluwatobi oluwatosin oluwole omar omari omer omolara
omondi omoruyi omotayo omotola oneil onome onyango onyeka onyinye opeyemi opiyo osagie osahon osama
osaro osas osei osinachi osman osvaldo otieno oumar ousmane ovie owino owuor oyindamola oyinkansola
palesa panashe pape penda pendo phindile puleng qamar qasim quanisha quiana raekwon raheem rahel
rahma rahwa rakim rakiya ramadhani ramatu rania raquan rashad rashard rashaun rashawn rasheed
rashid rashida rashidi rayan rayshawn rediet reem refilwe regine rehema ricardo ricot riek riziki
robel rohan rokhaya romario ronke rony roodly roody rose-laure rose-marie roselene roseline
roselyne rosemond roshane rotimi rudo ruel rufaro rumbidzai ruqiya rushane rutendo ruvimbo sade
sadia sadiq sadiya saeed safa safiya sagal sahr sahra saida saidi saikou salifu salim salma samira
samrawit sandile sani saron seble segun seidu sekou selam selamawit selasi selorm semhar sena
senait senam serigne serwaa serwah seun seyi shaban shabani shadae shakia shakira shamar shameka
shamika shamoy shanakay shaneka shanell shanelle shanice shaniece shanika shaniqua shanique shanta
shantae shante shantel shantell shaquan shaquille sharif sharonda shauna shavar shavon shavonne
shawna shehu sheku shelly-ann shellyann shema shemar sheree sherika sherita shernelle sherry-ann
sherryann shevon shingai shola shonda shukri sibongile sibusiso sifa sifiso sihle simbarashe simi
simisola simiyu siphiwe sipho siyabonga siyanda sizwe sokhna solange somto sorie souleymane subira
sulaiman suleiman sumaya tadesse tafadzwa taiwo tajay takeisha takisha tamba tameika tameka tamesha
tamia tamika tamisha tamiya tanaka tanesha tanika tanisha taniya taniyah tapiwa tarig tariq tariro
tashoy tasneem tatenda tatu tavares tavia tavion tavon tawanda tayo tayshawn tebogo tefera tega
temi temitope tendai tenisha tenneh tesfay tesfaye teshome teta tevin tewodros tewolde thabang
thabo thamar thandeka thandiwe thando thapelo thato themba thembi thobeka thulani thuli tiana
tianna tierra tigist tijani tilahun tinashe tinotenda tionna tirhas titilayo tobi tobiloba tochi
tochukwu tolani tolera tolu tomeka tomiwa tonderai tosin toyin tracey-ann traceyann trayvon
tremaine trevion treyvon tsega tsegai tsehay tshegofatso tshepo tshibangu tsholofelo tsion tsitsi
tumaini tumelo tumi tumusiime tunde tunji tuyisenge tuyishime tyesha tyisha tyquan tyra tyreek
tyrell tyrese tyriq tyshawn ubah ubong uche uchechukwu uchenna uduak ufuoma ugochukwu ugonna umar
ummi umuhoza umutesi umutoni unathi upendo usman uwamahoro uwase uwera uwimana uzoma valdemar
varney vimbai vuyo wachira wadner wafa wafula wambui wandile wangari wangui wanja wanjiku wanjiru
warsame wasswa waweru weini wesner widelene wideline widley widline widner wildine wilfrid wilfried
wilkens wilner winta wintana wislande wisline wisly wisner woodley woodly worku wunmi xolani xolisa
yaa yacine yahaya yakubu yanick yanique yannick yao yared yasin yasir yasmin yassir yawa yeabsira
yejide yemane yemi yemisi yetunde yinka yodit yohana yohannes yolande yolette yonas yonatan yonis
yoofi yordanos yosef yusuf yusufu yveline yvrose zahra zainab zaire zakaria zakariya zakiya zakiyah
zama zamzam zandile zanele zaria zawadi zaynab zelalem zinhle zintle zodwa zola zuberi zuhura
zulmira zuri zyon
`;
