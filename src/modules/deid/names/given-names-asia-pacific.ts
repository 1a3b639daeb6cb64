// Given names (male and female) from East and Southeast Asia and the Pacific: China (pinyin, joined),
// Hong Kong/Cantonese and Taiwan (hyphenated and joined), Korea, Japan, Vietnam, the Philippines, Thailand, Laos,
// Cambodia, Myanmar, Hmong, Indonesia/Malaysia, Hawaii, Maori, Samoa, Tonga, Fiji, Marshall Islands, Guam. Written from
// the author's own knowledge (not copied); 3+ letters, ASCII, no English words or clinical abbreviations.
export const GIVEN_NAMES_ASIA_PACIFIC = `
xiaoming xiaohong xiaoli xiaoyan xiaohui xiaoling xiaomei xiaojing xiaoping xiaojun xiaodong xiaofeng
xiaolong xiaoyu xiaowei xiaobo xiaogang xiaohua xiaolin xiaoqing xiaoxia xiaoyun xiaofang xiaojuan xiaolan
xiaoying xiaoxiao xiaoyi xiaomin jianguo jianhua jianjun jianming jianping jianwei jianxin jianhong jianfeng
jianbo jianqiang jianmin weiming weidong weiguo weihua weijun weiping weiqiang weixing weiwei weijie weihong
weilin meiling meihua meilan meiying meili meijuan meifang meixia meiyu lihua lijuan liping lijun liying
lihong lixin limin lili lijie lihui lifang linlin yanyan jingjing tingting huihui feifei fangfang dandan
xinxin yuanyuan qianqian shanshan wenwen mingming yingying guoqiang guohua guoliang guoping guoming guodong
guojun guofeng zhiqiang zhiming zhigang zhihua zhiwei zhijun zhiyong zhihong zhixin zhiyuan zhicheng zhihao
haiyan haitao haibo haifeng hailong haiming haiying haiping haijun haihua haiyang hongwei hongmei honglin
hongyan hongxia hongbo hongjun honghua hongying hongliang hongyu yongqiang yonggang yongming yonghong yongjun
yongsheng yongping yonghua chunhua chunmei chunyan chunling chunxia yuming yuhua yulan yuqing yuying yuxin
yuzhen yufeng yuhong yuchen yuxuan yutong yuhan yuting yuwei yufang yumei yuxiang yunfei yijun yifan yiming
yixuan yiran yinuo yichen yihan yiting yiwen yifei haoran haoyu haonan zihan zixuan zimo zirui zihao ziyi
zitong ziyang ziqi junjie junhao junwei junyi junming junhui junfeng jiahao jiahui jiaxin jiayi jiaming
jiawei jiaqi jiayu jialin jiajun jiarui jiaxuan xinyi xinyu xinran xinyue xinhua xinmin xinwei xiuying
xiuzhen xiulan xiumei xiuhua xiufang xiuyun xiuling xiujuan guiying guilan guizhen guifang guihua shuhua
shufen shulan shuying shuzhen shuqin shumei shuang shuyi shuting fengying suzhen suhua wenjun wenjie wenhua
wenbin wenbo wenli wenjing wenxin wenqian wenyi wentao wenhao wenming zhenhua zhenyu zhenguo zhenning mingyu
mingzhu minghua mingjun mingxia mingyang qinghua qingyun qingmei ruoxi ruiqi siyu siqi siyuan sijia yaling
yanan tianyu tianyi tianhao tianqi dongmei dongsheng xuemei xueying huiling huimin huifang jingyi jingwen
jinghua shengli zhonghua lingyun lingling boyang bowen pengfei pengcheng kaiwen kaixuan chenxi chenyu zeyu
ming jing hui wei jun yan ying hong hua chen peng jie kai yong feng hao xin qing fei mei yun jian ning juan
xia xue yue rui chao jin heng liang qiang zhen zhi qiu xiu lian kun jia jiao huan hai tian yao xuan xiao bao
cheng qin shan zhong guang rong sheng shuo xiang xing wai-kin ka-wai ka-man wing-yee siu-ming chi-keung
kwok-wai man-kit yuk-ling wai-man kin-wah chun-kit ho-yin hoi-yan wing-sze ka-yan ka-ho tsz-ching pui-yee
mei-yee suet-ying lai-ming sau-ling yee-man wai-ling kam-wah kwok-keung wing-kwong chi-wai tak-ming wai-hung
siu-wah kai-ming ka-ki chun-wai man-yee siu-fong yuk-lan lai-kuen wai-yee chung-man wing-hong kwok-ming
ka-lok chun-hei tsz-yan hiu-tung wing-chi kwok-leung chi-ming man-wai yiu-wah wai-lun kwok-hung ka-kit
wai-keung chi-kin ka-fai lai-ping sau-ping yuk-mei yuet-ming kit-ying mei-ling siu-ling hoi-ting ka-yee
pui-shan wing-han chi-hung kwok-fai tsz-kin ho-ming kin-man chun-yin kwok wai kwan fung chun siu chia-hui
shu-fen ya-ting yi-chen chih-hao chun-chieh chien-hung wen-hsiung ming-hui hsiu-ying hsiao-ping chih-ming
kuo-hua cheng-hsien mei-hua chia-hao yu-ting yi-ting hsin-yi pei-ling hui-ling shu-hua chih-wei chia-ying
chun-hung chien-ming ming-te chia-wei yu-chen tsung-han yi-hsuan chia-jung shu-ling kuo-chiang wen-chieh
hsiu-chin hsiu-lan su-chen li-hua mei-chen ching-yi chih-yuan po-han yu-hsuan wei-ting hsin-yu ting-yu pin-yu
cheng-han kuan-yu yu-hsiang chun-hao chiahui yating chihhao chunchieh chienhung wenhsiung minghui hsiuying
hsiaoping chihming kuohua chenghsien chiahao hsinyi peiling chihwei chiaying chunhung chienming chiawei
tsunghan yihsuan chiajung shuling wenchieh hsiuchin hsiulan suchen meichen chingyi chihyuan pohan yuhsuan
weiting hsinyu tingyu cheng-wei chengwei waikin kawai kaman wingyee siuming chikeung kwokwai mankit yukling
waiman kinwah chunkit hoyin hoiyan wingsze kayan kaho tszching puiyee meiyee suetying laiming sauling yeeman
kamwah kwokkeung chiwai takming waihung siuwah kaiming chunwai manyee siufong yuklan laikuen waiyee chungman
winghong kwokming kalok chunhei hiutung wingchi kwokleung manwai waikeung kafai laiping yukmei kitying
siuling hoiting kayee puishan winghan chihung kwokfai ji-woo min-jun seo-yeon seo-jun ha-eun do-yoon ji-ho
ji-hoon ji-min ji-yeon ji-hye ji-won ji-eun ji-soo ji-hyun ji-young ji-sung ji-han ji-yoon ji-yun min-ji
min-seo min-soo min-ho min-woo min-hee min-young min-jae min-seok min-kyung min-jung min-hyuk seo-yun
seo-hyun seo-jin seo-young ha-yoon ha-jun ha-neul ha-na hyun-woo hyun-soo hyun-jin hyun-joo hyun-jung
hyun-sook jae-hyun jae-won jae-min jae-ho jae-hoon jae-sung jae-young jae-woo sung-min sung-ho sung-hoon
sung-jin sung-soo sung-hee sung-woo young-ho young-hee young-soo young-ja young-sook young-mi young-jin
young-min young-jae eun-ji eun-young eun-jung eun-hye eun-kyung eun-hee eun-sook hye-jin hye-won hye-jung
hye-sook hye-young soo-jin soo-min soo-yeon soo-hyun soo-young dong-hyun dong-hoon dong-min dong-ho jun-ho
jun-young jun-woo kyung-soo kyung-hee sang-woo sang-hoon sang-min sang-ho seung-hoon seung-min seung-woo
seung-ho seung-hyun yoon-seo yoon-ah na-yeon jin-woo jin-young jin-ho jin-hee tae-hyun tae-min tae-woo
tae-hoon chul-soo kwang-soo byung-hun dae-jung mi-kyung mi-sook mi-young mi-ra mi-jung jung-hoon jung-ho
jung-min jung-hee jung-sook hee-jin hee-jung hyo-jin yu-jin yu-na ye-jin ye-eun ye-jun chae-won da-eun ga-eun
so-yeon so-hee so-young si-woo woo-jin geon-woo yeon-woo bo-ra in-ho in-soo joon-ho chang-min sun-hee
sun-young jiwoo minjun seoyeon seojun haeun doyoon jiho jihoon jimin jiyeon jihye jiwon jieun jisoo jihyun
jiyoung jisung jihan jiyoon jiyun minji minseo minsoo minho minwoo minhee minyoung minjae minseok minkyung
minjung minhyuk seoyun seohyun seojin seoyoung hayoon hajun haneul hyunwoo hyunsoo hyunjin hyunjoo hyunjung
hyunsook jaehyun jaewon jaemin jaeho jaehoon jaesung jaeyoung jaewoo sungmin sungho sunghoon sungjin sungsoo
sunghee sungwoo youngho younghee youngsoo youngja youngsook youngmi youngjin youngmin youngjae eunji eunyoung
eunjung eunhye eunkyung eunhee eunsook hyejin hyewon hyejung hyesook hyeyoung soojin soomin sooyeon soohyun
sooyoung donghyun donghoon dongmin dongho junho junyoung junwoo kyungsoo kyunghee sangwoo sanghoon sangmin
sangho seunghoon seungmin seungwoo seungho seunghyun yoonseo yoonah nayeon jinwoo jinyoung jinho jinhee
taehyun taemin taewoo taehoon chulsoo kwangsoo byunghun daejung mikyung misook miyoung mira mijung junghoon
jungho jungmin junghee jungsook heejin heejung hyojin yujin yuna yejin yeeun yejun chaewon daeun gaeun soyeon
sohee soyoung siwoo woojin geonwoo yeonwoo inho insoo joonho changmin sunhee sunyoung hiroshi takeshi kenji
kenichi koji yuji shinji satoshi takashi akira makoto naoki kazuki kazuo kazuya hideki hideo haruki hiroki
hiroyuki hiromi tomoko yoko keiko kyoko michiko yumiko sachiko naoko noriko akiko junko mayumi megumi ayumi
yumi emiko fumiko haruko hanako kazuko kimiko masako mieko nobuko reiko sayuri setsuko shizuko takako teruko
toshiko yoshiko yukiko midori kaori kaoru chiharu chihiro chieko aiko ayako eiko etsuko harumi hitomi izumi
kanako kumiko mariko misaki miyuki naomi natsuki natsumi rie rika rina risa sakura saori satomi shiori tomomi
yuka yukari yuki yuko yui yuri aoi hina himari akari rin mio yua koharu sara riko nanami haruka ayaka asuka
miyu miku mika manami mami mayu nozomi honoka kana mitsuki momoka moe nao sana shiho tomoe asami chika eri
erika kazumi mai maki masami miho mina minami nanako sumiko tamiko yasuko yoshie fumie kiyoko masae michiyo
chiyo chiyoko kikuko shigeko hisako kayoko ichiro jiro saburo shiro goro kenta shota sota daiki yuto haruto
minato riku ren yamato hinata yuma yusuke kosuke daisuke keisuke ryosuke shunsuke sosuke kensuke shinsuke
yosuke takumi takuya tatsuya tetsuya tomoya yuya naoya kazuhiro masahiro takahiro tomohiro yoshihiro yasuhiro
toshihiro akihiro nobuhiro masato hayato kaito itsuki sho shohei kohei ryohei shuhei kyohei yohei ryota kota
yuta keita ryoma kazuma takuma masaru minoru osamu tsutomu isamu susumu mamoru yutaka hajime tadashi hitoshi
kiyoshi takeo tetsuo yoshio akio haruo isao kunio masao michio mitsuo nobuo shigeo tadao toshio yasuo yukio
fumio toshiyuki nobuyuki masayuki takayuki tomoyuki yasuyuki hideyuki noriyuki shigeru noboru wataru hiroto
kenzo shoji seiji eiji ryuji shuji kenjiro shinjiro eiichi shinichi junichi ryuichi shoichi seiichi yoichi
koichi kenichiro yuichi takeru tsuyoshi atsushi hiroaki masaaki akihiko kazuhiko masahiko katsuo katsumi
kazunori masanori norio toru sora aki ryo dai rei haru hiro yoshi taka toshi anh binh chau cuong duc duy
giang han hanh hau hieu hien hiep hoa hoai hoang huong huy huyen kha khai khang khanh khoa khoi kien kiet
kieu kim linh loi luan luong minh nam nga ngan nghia ngoc nguyet nhan nhat nhi nhu nhung nhien oanh phong phu
phuc phung phuoc phuong quan quang quoc quy qui quyen quynh sinh tai thang thanh thao thi thien thinh thoa
thuan thuc thuong thuy tien tinh toan trang trinh truc trung truong tuan tung tuong tuyen tuyet uyen viet
vinh diem diep dieu chinh danh manh khiem lanh ninh suong tham thach tiep vien xuyen bich cuc diu thom tuoi
xinh duong dinh rodrigo ferdinand imelda corazon lourdes ligaya dalisay marilou analyn arlyn jericho rommel
arnel reynaldo rolando efren danilo rogelio ernesto nestor wilfredo jonel mylene marivic maribel rosalie
leonora teodoro crisanto florante divina perla amparo nenita erlinda zenaida remedios charito marites maricel
maricar rowena rosario editha luzviminda rosalinda teresita milagros consolacion leticia estrella felicidad
nida lorenzo romualdo honorio bienvenido dionisio epifanio eusebio fortunato gregorio herminio isidro leoncio
macario narciso segundo severino virgilio jesusa juanito rodolfo benigno andres bonifacio emilio marcelo
bituin jun-jun junjun bongbong jonjon jojo dodong inday nonoy totoy ging-ging tintin neneng lyn weng marj
lito boyet popoy jinggoy jhun jhon jhonny jayson jaypee jomar jomari jhoanna jessa jovelyn mariel mariella
analiza ronaldo ramil rey rhey joselito edgardo eduardo ricardo roberto ramon renato reynante romulo emelita
erwin elpidio ellaine ailene armando lucila concepcion rosita nelia melchor baltazar gaspar marlon jovy
jovito jovita jinky somchai somsak sompong somporn somsri somboon somkiat somjai suda malee nok kanya
siriporn pornthip wanida anong arunee boonmee chaiya kittisak narong prasert preecha sakchai sunee suchart
surachai tawan wichai wilai yupin ratana rattana nattapong nattaya apinya achara chalerm chanida duangjai
kanokwan kulap lamai naree noi oranuch pakorn pichit pranee rungrote sakda sunisa supachai supaporn sutin
tanawat thida urai waraporn worawut yaowalak jintana kannika kanchana kamol kasem manop niran nipon pairoj
panya pongsak prapaporn rachanee saowalak siriwan sombat somnuk sirinya sukanya sumalee supot surasak suwit
thanakorn thanawat thawatchai thongchai tipawan vichai wanchai wattana anan apichart boonsong chatchai
jaruwan jiraporn kittipong kriangsak monchai natthaphon orathai pimchanok pornpimol rattanaporn sasithorn
sirichai suwannee thitima uthai warunee wipada arthit chuan narin nuan pensri prateep sarawut khamla khamphet
bounmy bounthanh souksavanh somphone vilay noy ketsana sengdao phonsavanh soulivong chanthala sisouk
khampheng bouasone viengkham douangchanh phouvong sengphet souphanh bounleuth khamsone khamphanh manivanh
phetsamone vanh thongsavanh bouakham chanthavy keo kongkham soukhaseum viengsavanh vongdeuane somsanith
bounyang khamsay phoutthasone latsamy sengchanh sokha sophal sopheap sothea chanthou dara bopha chenda kosal
phalla piseth rith samnang sambath sophea sovann sreyleak srey vanna vuthy visal borey channary chantha
kunthea leakhena malis nimol rathana saroeun savoeun seyha sokhom sokunthea somaly sophorn sreymom thavy
veasna vichet ratha pheakdey chamroeun kimsan kimly sokhem sarith sopheak vanny sothy phirun chantrea
bunthoeun kimheng sreynich sreypov sokhan chanda chhay dararith kimsour lyda mony pisey rachana samphors
sarann serey sokhna sokunthy sovanna sovannary thyda vichheka vireak vannak aung kyaw thein htun myint zaw
thant nyein thuzar khin mya hnin nilar thiri sandar ohn maung myo naing soe thura htet lwin phyo pyae sein
shwe thaung zin thet nwe yadanar ngwe htay kyi hein htoo paing linn thiha thazin khaing ohnmar myat kaung
sithu zayar hsu yamin khine pao tou chue nou yer mee yia houa shoua kia youa chong neng nhia xai fue xeng
seng kao choua lia zoua teng blong txong yeng soua khou maiyer maineng maichue maikou maila mailee maixee
maiyia maichou maitong maikia maiyee maipa maixia maivang xee vong koua phia lue pheng budi agus dewi sri
putri wati siti nur ahmad bambang joko slamet hendra eko wahyu yudi dian indah ratna retno ayu intan kurnia
lestari hartono susilo gunawan haryanto setiawan santoso rudi andi dedi heri iwan irwan rahmat hidayat fitri
fitria nurul aisyah wulan kartika anggun novi puspita yuni yanti susanti endang tuti sukma citra bayu dimas
fajar galih rizki rizky teguh wayan nyoman ketut putu kadek komang gede arif aditya purnama cahya eka bima
krisna surya mohd azman zainal rosli faridah norazlina azlan hafiz hakim haziq izzat khairul nazri noraini
rosnah salmah shahrul syafiq syahirah zulkifli haslinda norhayati rohani suhaimi kamaruddin hasnah rohana
zaleha zuraidah norliza norazizah suhana syazwani nurhaliza najib mahathir anwar azizah halimah rahimah
samsul shamsul hamzah kamarul hisham shafiq aiman amirul danial irfan iskandar jamil luqman rashid zainab
sulaiman yusof ismail haslina normah rozita azura suraya aqil adib afiq akmal alif ammar harith imran syahmi
aqilah batrisyia damia dhia irdina nadia puteri qistina sofea sofia nurain nuraini balqis widodo sutrisno
sugiarto suparman sumarno sunarto sukardi sudirman suwarno wibowo prasetyo kusuma nugroho utomo pratama
saputra ramadhan hidayati rahayu handayani wulandari kusumawati permata anjani ayuningtyas larasati kinanti
safitri yulia yuliani novita ningsih rini erna eny yulianti tini wiwik yayuk sumiati suharti sulastri suryani
rukmini hadi yanto benny herman darmawan kurniawan firmansyah hermawan irawan setyo dodi feri hendri rian
andri ardi rendy aldi fadli faisal taufik syahrul ridwan zulfikar bagus ilham dewanti dewanto anjar agung
ayudia cinta melati mawar kemala kalani keala leilani kealoha makana malia nalani kailani kainoa keoni kamaka
kanoa kekoa ikaika mahina noelani pualani kaleo kawika palani keanu iolani healani haunani kapono kalei kaipo
kanani nohea lokelani lani kamalei keahi kekai keola kamakana kaimana kealii kainalu kiele kaulana alohilani
anuhea hokulani kahiau kaiulani kamalani kanoelani kapua kehau kiana kapena leimomi makani mililani nainoa
noa olina ululani akoni ekela iwalani kahoku kaimi kalena kamuela kealani keli leolani lehua luana mahealani
maile makoa malakai meleana moani naea nakoa nalu okalani pomaikai aroha anahera wiremu hemi hine manaia
nikau rawiri tama tamati aperahama hohepa huia kahu kiri mereana moana ngaire ngaio rangi rewi ropata tui
wikitoria ariki awhina hana hinemoa kahurangi maia marama matiu paora piripi tipene whetu manawa hoani ihaka
nikora mihi mikaere heeni hirini tane anaru tawhiri kereama huhana tamihana waimarie atawhai sione tavita
sina iosefa ioane siaosi mikaele iakopo ioana losana masina salote sefo sefa lagi fetu mose pele lupe siosaia
tevita viliami semisi losaline sela tupou siueni sitiveni kalolaine lavinia mosese vaiola ofa penisimani
feleti sioeli taniela sosefo lesieli filipe mele heilala jone josefa epeli isikeli jiosefa jope kalisito
litia maciu seru sakiusa timoci vilimone waisale ilisapeci unaisi vaseva akanisi asenaca mereoni makereta
lusiana kelera paulo amata kessai litokwa imata jurelang sauping thandar thinzar nandar toua cher xay boua
doua kazoua khoua shong zong vicente ignacio joaquin trinidad engracia asuncion wingkwong tszyan yiuwah
wailun kwokhung kakit yuetming tszkin kinman chunyin kuochiang pinyu chenghan kuanyu yuhsiang chunhao
gingging
`;
