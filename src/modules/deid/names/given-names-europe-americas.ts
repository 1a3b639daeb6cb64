// Given names from Europe and the Americas that the 1990 US census list misses: Eastern and Southeastern Europe, Greece, the
// Baltics, Nordic lands, Low Countries, German-speaking lands, Iberia, Brazil, Latin America and the Caribbean, Italy, France,
// Quebec, Ireland, Wales and Scotland. Written from the author's own knowledge, not copied from any list or package.
// ASCII lower case, 3+ letters; names that are also English words or clinical abbreviations are left out.
export const GIVEN_NAMES_EUROPE_AMERICAS = `
dmitri dmitriy dmitry dimitri dmytro sergei sergey serhiy serhii vladimir volodymyr aleksandr alexandr oleksandr
aleksei alexei alexey oleksiy oleksii andrei andrey andriy andrii mikhail mykhailo nikolai nikolay mykola yuri yuriy
yurii igor ihor oleg oleh boris viktor vitaly vitaliy vadim vadym vyacheslav viacheslav stanislav konstantin evgeny
evgeniy yevgeny yevgeniy yevhen gennady anatoly valery pavel pavlo pyotr petro fyodor fedor semyon grigory arkady
leonid maksim maksym artem artyom ruslan rustam timur taras bohdan vasily vasyl kirill kyrylo ilya illia yaroslav
nikita egor yegor gleb matvey stepan ostap svyatoslav yakov yefim daniil danylo vladislav zhenya sasha misha dima
siarhei olga tatiana tatyana tetiana svetlana svitlana natalia natalya nataliya irina iryna yelena olena alena alyona
galina halyna lyudmila ludmila liudmyla larisa larysa nadezhda nadiya nadya lyubov liubov raisa zinaida zoya oksana
ksenia xenia yulia yuliya anastasiya nastya ekaterina yekaterina kateryna katya daria darya polina alina milena ulyana
yana inna zhanna alla lilia veronika viktoriya valeriya evgenia yevgenia snezhana lesya khrystyna solomiya oleksandra
aleksandra mariya arina yaroslava lidiya masha dasha anya antonina elvira zlata alisa milana karina olesya yelizaveta
elizaveta ivanna
krzysztof tomasz piotr pawel marcin michal grzegorz jakub wojciech lukasz mateusz dariusz mariusz jaroslaw slawomir
miroslaw zbigniew janusz ryszard tadeusz wieslaw czeslaw stanislaw boleslaw wladyslaw kazimierz jerzy andrzej jacek
przemyslaw radoslaw rafal bartosz bartlomiej kamil szymon maciej kacper witold leszek henryk jozef antoni franciszek
wiktor krystian dawid mikolaj arkadiusz agnieszka malgorzata katarzyna elzbieta grazyna jadwiga krystyna halina danuta
bozena dorota beata jolanta iwona aneta urszula marzena ewelina sylwia justyna edyta izabela zofia wiktoria zuzanna
oliwia weronika alicja janina kasia gosia kamila klaudia patrycja jiri petr josef jaroslav zdenek vaclav frantisek
karel lukas ondrej vojtech radek libor bohumil lubomir lubos dusan juraj matej rastislav ladislav branislav hana lenka
jitka zuzana lucie katerina zdenka jaroslava milada radka sarka iveta marketa jirina barbora eliska kristyna
nikola dragan zoran goran dejan nenad srdjan bojan branko marko slobodan aleksandar predrag milos milorad miodrag
mladen nebojsa ognjen petar uros zeljko zlatko tomislav damir davor darko hrvoje ivica josip stjepan zvonimir mirko
amir edin adnan almir armin haris jasmin kenan mirza nedim nermin senad sead tarik vedran enes kemal mehmed muhamed
nihad zlatan ivana jelena snezana milica mirjana gordana vesna dragana jasmina ljiljana biljana tatjana tanja danijela
marija slavica zorica suzana sanja natasa jovana nevena teodora tijana andjela dijana branka nikolina lucija amra
amila azra aida selma elma emina ajla lejla lamija merima nermina sanela senada adna belma mersiha nejra amina georgi
dimitar hristo stoyan todor krasimir plamen rumen vasil veselin yordan kiril atanas boyan kaloyan tsvetan deyan
yordanka desislava gergana rositsa boryana ralitsa zornitsa denitsa iliyana
ioan gheorghe vasile constantin nicolae mihai dumitru florin marius ionut alexandru catalin dragos iulian mircea
ovidiu radu razvan sorin tudor viorel cosmin laurentiu liviu octavian petru ioana andreea mihaela georgiana florentina
raluca roxana oana anca corina doina ileana iulia luminita madalina nicoleta loredana laszlo istvan janos jozsef
ferenc zoltan sandor gabor attila gyorgy lajos imre miklos tamas csaba zsolt balazs bence mihaly gyula karoly andras
arpad erzsebet katalin zsuzsanna zsuzsa judit eszter orsolya krisztina aniko ildiko margit reka szilvia timea zita
csilla eniko zsofia arben besnik agron altin ardit artan bashkim blerim dritan fatmir ilir luan naim petrit valon ylli
flamur arber albana arta besa blerina drita lindita majlinda mimoza teuta vjosa valbona ermira fjolla edona georgios
yiorgos giorgos dimitrios dimitris konstantinos kostas ioannis yiannis giannis nikolaos nikos christos panagiotis
panos vasileios vasilis athanasios thanasis evangelos vangelis spyridon spyros stavros petros theodoros anastasios
apostolos manolis stelios stylianos charalambos haralambos kyriakos pavlos antonios alexandros ilias leonidas eleni
aikaterini vasiliki angeliki dimitra panagiota ioanna evangelia despina konstantina athina eirini irini fotini
paraskevi stavroula kalliopi toula voula
jonas mantas andrius vytautas algirdas gediminas mindaugas arunas audrius paulius kestutis povilas rokas donatas tadas
ruta egle ieva aiste agne birute gintare rasa zivile janis andris juris edgars maris valdis aivars ivars ilze inese
liga jaan toomas andres indrek kadri liis maarja piret halvor haakon hakon olav sven svend torbjorn geir gunnar harald
helge kjell knut leif morten nils oystein petter ragnar rolf sigurd thor trond einar erling ivar anders bengt bjorn
gustav hakan henrik johan lennart mikael niklas mattias jesper kasper mads soren frederik mikkel niels arvid jorgen
lars arne erik stig jens knud ingrid astrid sigrid solveig sigrun gudrun kari liv siri tove inger ingeborg kirsten
marit randi berit britt hilde linnea mette agneta annika birgitta birgit ebba frida hanne inga inge malin margareta
pernilla ulla ulrika vibeke grete lene anja maja elin eero juha jukka matti mikko pekka heikki antti timo jari sami
ville lauri tuomas janne jussi petri harri markku seppo tapio olli aleksi joonas eino toivo kalle kimmo risto teemu
erkki hannu paavo aino anneli kaarina marjatta riitta leena liisa satu tiina minna paivi katja tarja merja kirsi niina
noora elina jaana ritva helmi kaisa gudmundur sigurdur olafur helgi bjarni arnar asgeir birgir thorsteinn snorri egill
ingibjorg sigridur helga hildur bryndis katrin
pieter joost jeroen bram gerrit hendrik henk jaap joris kees klaas koen maarten ruud stijn thijs wim wouter arjen
cornelis floris frans gijs luuk marijn michiel rutger willem daan geert anneke femke fleur ilse janneke lieke lotte
marieke sanne saskia anouk hanneke ineke marijke mirjam jurgen juergen wolfgang klaus dieter horst helmut gunther
guenther gunter heinz ulrich rainer reinhard joachim jochen jorg joerg lothar siegfried gerhard matthias markus
florian thorsten volker dietrich friedrich holger ingo ludwig moritz jakob konrad rudiger rudolf wilhelm bernd
christoph georg steffen uwe ursula gisela hildegard brigitte renate sabine heike silke anke dagmar hannelore jutta
ulrike christa kerstin rosemarie bettina antje gabriele katharina svenja
joao joaquim paulo rui nuno tiago goncalo diogo duarte afonso vitor helder marcio rogerio thiago caio davi guilherme
heitor matheus otavio vinicius reinaldo ronaldo adriano alexandre cristiano filipe flavio juliano lourenco sebastiao
simao vasco joana ines beatriz catarina leonor matilde filipa susana fernanda aline fabiana gisele luana priscila
rafaela thais viviane andreia bruna conceicao cristiane eliane elisangela graca jaqueline lurdes madalena marilia
rosangela solange luiza heloisa javier alejandro alvaro inigo iker unai aitor asier mikel xabier jordi josep oriol
arnau gonzalo borja santiago agustin casimiro ceferino cipriano cristobal eleuterio eloy eusebio faustino feliciano
fermin florencio hilario jacinto jeronimo joaquin macario marcelino matias pascual patricio placido ramiro rutilio
teofilo timoteo ulises venancio anastasio arcadio bartolome basilio bonifacio candido celestino dionisio eliseo
epifanio eugenio fidel heriberto herminio isidoro isidro genaro leonel lisandro modesto porfirio rigoberto rosendo
rufino sabino severino sixto tadeo wenceslao abelardo adalberto amador arnulfo aureliano avelino bernabe cayetano
cecilio demetrio domingo eleazar eligio evelio filemon florentino froilan gabino higinio inocencio leopoldo narciso
raymundo rosalio ximena nerea ainhoa amaia maite arantxa begona montserrat montse nuria pilar rocio inmaculada
encarnacion asuncion concepcion remedios milagros soledad araceli macarena mariluz maricarmen amparo catalina eugenia
eulalia nieves paloma trinidad clotilde eloisa jacinta zoila adelaida adelina amalia celestina clementina dorotea
enriqueta ernestina evangelina filomena gertrudis hermelinda lucila lucrecia marcelina micaela salome serafina zenaida
adan agapito alonso amado ambrosio aquiles cuauhtemoc elpidio emiliano filiberto homero isaias jacobo margarito
maximiliano natividad refugio reynaldo serafin silvestre ubaldo yahir uriel osiel jairo yael xochitl itzel citlali
citlalli nayeli yaretzi estela guillermina imelda marisela perla reyna rosalba socorro viridiana yadira anahi azucena
berenice carmela fabiola hortensia janeth jazmin lizbeth ofelia paola xiomara yazmin yessenia luz dulce wilmer erick
selvin josue mynor nery obed wilfredo brayan oswaldo marleny dinora keila mirna nohemi yaneth yanira yessica facundo
santino nahuel lautaro mateo bautista hernan fabricio mauro wilber fredy jhon alcides anibal celso antonella agustina
florencia belen constanza javiera romina mariela yanina jimena nilda elba rosmery yuliana lizeth leidy yoandri yoel
yosvany yunior osmany orestes eliezer radames elvin yamil yamilet yanet yudith yaritza dayana arelis aracelis ivelisse
lissette lizette migdalia nilsa nitza omayra zoraida zuleika yahaira belkis idalia nereida
giuseppe giovanni francesco luigi vincenzo domenico carlo alessandro stefano luca matteo davide federico riccardo
tommaso edoardo giorgio pietro paolo massimo maurizio emanuele raffaele gennaro pasquale gaetano nunzio ciro gianluca
gianni gianfranco giancarlo giacomo michele umberto vittorio cosimo filippo giulio giuseppina giovanna francesca
chiara giulia alessia federica concetta rosaria assunta immacolata caterina nicoletta patrizia raffaella rossella
ilaria margherita vittoria jean-pierre jean-claude jean-luc jean-marc jean-paul jean-louis jean-francois jean-michel
jean-yves jean-baptiste jean-marie jean-philippe jean-jacques jeanpierre jeanclaude jeanluc jeanmarc jeanpaul
jeanbaptiste francois jacques philippe alain christophe frederic sebastien stephane olivier laurent thierry didier
gilles herve yves benoit mathieu guillaume julien romain antoine maxime cedric ludovic loic remi sylvain thibault
yannick bertrand etienne fabrice florent gregoire baptiste matthieu yann arnaud marc-andre pierre-luc nathalie
isabelle sylvie veronique sandrine celine aurelie emilie camille oceane mathilde margaux elodie amelie anais chantal
francoise helene josee martine pascale therese delphine laetitia maryse mireille noemie severine virginie marie-claude
marie-eve marie-france marie-josee marie-pier marie-christine marie-helene marie-pierre jocelyne
siobhan niamh padraig aoife aisling caoimhe ciara clodagh dervla eimear eithne emer fionnuala grainne laoise maeve
mairead maire mairin muireann nuala oonagh orla orlaith roisin saoirse sinead sorcha una aine ailbhe caitriona
aoibheann aoibhinn padraic seamus eoin eoghan oisin cathal cormac darragh diarmuid donal dara eamon eamonn enda fergal
fionn lorcan niall odhran oran peadar senan tadhg colm ciaran cian cillian micheal ronan declan kieran aodhan conall
domhnall dafydd dewi emrys gwyn huw ieuan iwan llewellyn llywelyn rhodri rhys tomos aled alun bryn emlyn geraint
gethin glyn gruffudd gruffydd gwilym hywel idris owain rhydian steffan taliesin trefor wyn angharad bethan bronwen
branwen carys cerys ceri eira elen ffion gwen lowri mair nerys nia rhiannon rhian seren sian catrin eleri delyth dilys
alasdair alastair calum callum ewan euan fergus hamish iain lachlan murdo ruaridh ailsa catriona eilidh elspeth iona
isla kirsty mairi morag morven mhairi rhona shona sheena
`;
