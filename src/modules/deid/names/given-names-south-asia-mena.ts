// Given names (male and female) of South Asia (India, Pakistan, Bangladesh, Nepal, Sri Lanka), the Arab world,
// Iran, Afghanistan, Turkey, the Caucasus, Central Asia and Israel, in common US transliterations.
// Written from the author's own knowledge, not copied from any list. Lower-case ASCII, 3+ letters; names that
// are also ordinary English words or clinical terms/abbreviations (e.g. danish, nadir, rami, hila, uri) are left out.
export const GIVEN_NAMES_SOUTH_ASIA_MENA = `
aakash aamir aarav aarti abbas abdallah abdel abdelaziz abdelkarim abdellah abdelrahman abdul
abdulaziz abdulkarim abdulla abdullah abdulrahman abeer abhay abhijit abhinav abhishek abu abul
adeel adel adi adil adina aditi aditya adnan advait afsaneh afshin aftab agnelo ahmad ahmed ahmet
ahsan aibek aida aigerim aisha aishwarya ajay ajinkya ajit ajith ajmal akanksha akash akbar akhil
akram akshay alaa ali alireza alisher aliya almas alok alper altaf amal aman amandeep amani
amanpreet amar amarjit ameen amer amin amina amir amira amit amitabh amjad ammar amna amol amrit
amrita amruta anahit anahita anand ananya anar anas aneesh anika aniket anil anindita anirban
aniruddha anirudh anish anisha anita anitha anjali anju ankit ankita ankur anoma anoop anoush anuj
anum anup anupam anupama anuradha anurag anushka anvar anvi anwar aparna apoorva aqsa aram arash
archana arda arezoo ariel arijit arindam arjun arman armen armin armine arnab arnav arpi arpita
arsen arshad arshdeep arti artur arun arvind arwa aryan asad asaf aseel asel asha ashish ashok
ashot ashraf ashutosh ashwin ashwini asif asim askar asli asma asmaa assaf assel atharv atif atul
avi avin avinash avital aviva avner avni avraham aya ayaan ayala ayaz aydin ayelet ayesha aylin
ayman aynur ayoub ayse aysegul aysel ayush ayyub azad azadeh azamat azar azhar aziz babak babar
badr bahar bahram bakr bala balaji balbir baldev baljit balwinder baran baris baruch basel bashir
basma bassam batya behnam behrooz behzad beka bekzod berk betul bharat bharathi bhargavi bhaskar
bhavana bhavani bhavesh bhavna bhumi bhupendra bibek bijan biju bikash bikram bilal bindu binu
binyamin bishnu bishoy biswajit boaz bobur bulent burak burcu bushra busra cem cemal cengiz ceren
chaim chamari chana chandan chandrasekar chathura chaya chetan chinmay chintan chirag chitra dafna
dalal dalia daljit daniyar dara dariush darshan daryoush dato dawood debashish debasish deepa
deepak deepika deepthi deniz derya devendra devika devorah dhanya dharmesh dhaval dhruv dilan
dilani dilek dilip dilnoza dilshan dima dina dinara dinesh dipika dipti disha divya diya diyar doaa
dorje doron dovid duaa duygu ebru ece eda efrat ehab ehsan eitan ekta elaheh elchin eldar eli
eliezer elif elisheva elnur elvin emad eman emin emine emre enes engin ephraim eran erdem eren erez
esra esraa essam evin eyal ezgi fadi fady fahad fahd faheem faisal falguni farah farhad farhan
fariba farid fariha faris farnaz farooq farouk farrukh farshid farzad farzana farzin fatema fatemeh
fathi fatih fatiha fatima fatma fauzia fawad fawaz fereshta fereshteh feruza filiz firas fouad
fozia freshta fuad furkan gagan gagandeep gagik gamze ganesan ganesh garima gaurav gauri gautam
gayane gayani gayatri geeta geetha gevorg ghada ghassan ghazal ghazala ghulam gideon gil gilad
giorgi girish gita gizem gokhan golnaz gopal gopinath goran govind grigor gulnar gulnora gunay
gurdeep gurinder gurjit gurleen gurmeet gurpreet habib hadar hadeel hadi hafsa hagop haidar haider
haik haim haitham hajar hakan hakim hakob hala halil halima hamad hamdan hamed hamid hamza hanan
hande haneen hani hany hardeep hardik hari harinder haris harish haritha harjit harjot harleen
harman haroon harpreet harsha harvinder hasan hasina hasmik hassan hatem hatice hayat hayk hazem
heba heena helin hema hemant hend hesham hetal hiba hicham himanshu hina hira hiren hiruni hisham
hitesh hooman hossam hossein houda hrishikesh huda huma husain husam huseyin hussain hussein
ibrahim ido ihab ikram ilan ilana ilham ilker ilyas imad iman imran inas inbal inderjit indika
indira indranil ipek iqbal iqra irakli irem irfan isha ishaan ishani ishara ishita ismail israa
issam isuru itai itamar itay iyad jafar jagdish jagjit jahangir jahongir jalal jamal jamil jamila
jamshed jamshid jana janaka janani jannat jasbir jaskaran jasleen jasmeet jaspreet jassim jaswinder
jatin jatinder javed javid jawad jaya jayakumar jayant jayanta jayanthi jayesh jigar jignesh jinal
jitendra jithin joud jumana junaid jyothi jyoti kaan kabir kajol kalpana kalpesh kalyan kalyani
kamal kamala kamel kamlesh kamran kannan kapil karan kareem karen karim karima karishma karthik
karthikeyan kartik kashif kasun kaushalya kaushik kaustubh kaveh kavita kavitha kavya kawa kedar
keerthana kemal kenan kerem keren keshav ketan ketevan keti keyvan khadija khaled khalid khalil
khurram khushi kian kiara kimia kinjal kiran kirti kishore komal koray kourosh krikor krish krishna
kriti kritika krupa kubra kuldeep kulwinder kumar kumaran kumari kunal ladan lahiru laila lakshman
lakshmi laleh lalit lalitha lasha latifa lavanya laxman laxmi layla leila levan levent levi levon
leyla liat lilit lina lior lola louay luay lubna lusine madhav madhavi madhu madhumita madhuri
madina maha mahdi maheen mahendra maher mahesh mahinda mahmoud mahmud mahnaz mahnoor mahsa mahtab
maia majed majid malak malik malika malini malka mammad mamta mamun manal manana manasi mandeep
mangesh manikandan manish manisha manjeet manjit manju manjula manjunath manoj manpreet mansi
mansoor mansour maral marat mariam marjan marwa marwan maryam marzia masood masoud massoud masud
matan mayank mayur mazen meena meenakshi meera megha meghna mehdi mehmet mehran mehul mehwish meir
melek meltem menachem merab merav meriem mert merve mesut metin michal midhun mihir milad mina mira
mitesh mitra moataz mohamad mohamed mohammad mohammed mohan mohit mohsen mojgan mona monika monir
mordechai morteza moshe mostafa moumita mounika mounir mourad moussa moustafa mrunal mukesh munir
murad murali murat murugan musa muskan mustafa mustapha muthu naama nabeel nabil nabila nachiket
nadav nadeem nader nadia naeem nagarjuna nahid nahla naila naima naji najib najibullah nalin
nandini narasimha narayan nareg narek narendra naresh narges nargiz narmin nasim nasima nasir
nasreen nasrin nasser natarajan natia navdeep naveed naveen navid navjot navneet nawal nawaz nayomi
nazanin nazia neda neelam neeraj negar negin neha nermeen nesrin netanel nidhi nihat nikhil nikita
nikoloz nikunj nilesh nilofar niloofar niloufar nilufar nilufer nima nimal nimra nino nir nirali
nirav nirmala nisha nishant nisreen nithin nithya nitin noa noam nodar noha noman noor nora nour
noura noureddine nourhan nur nurlan nusrat nuwan ofer ofir ofra oguzhan omar omer omid omkar onur
oren orhan orit orkhan orly osama osman otabek owais ozan ozge ozgur ozlem padma palak pallavi
pankaj parag paramjit paresh parisa parminder parsa parth partha parvin parviz parwana pavan
pavithra pawan payal payam pedram pelin peyman pinar piumi piyush pooja poonam prabhakar prabhjot
prabhu prachi pradeep pradip prajakta prakash pramod pranab pranav prasad prasanna prasanth
prashant prashanth prateek pratik praveen pravin preeti prem priya priyanka puja puneet pushpa
qadir qasim rabia rachana rachid radha radhika raed raffi rafi rafiq raghav raghavan raghavendra
raghu rahaf rahima rahmatullah rahul rajat rajeev rajendra rajesh rajib rajinder rajiv rajkumar
raju rakesh rakib ramesh ramin ramy ramya rana rani rania ranjit rasel rasha rashad rashed rashid
rashmi rauf ravi ravinder ravindra raza razan razia recep reda reem reham rehan rehana rekha renu
reshma reuven revathi reza rida riddhi rishabh rishi ritesh ritu rituparna rivka riya riyad rizwan
rohan rohit rojin ronen ronit roshan roya rubina ruchi rudra rupa rupali rupinder ruslan rustam
rutuja ruwan saad saba sabbir sabina sabri sabyasachi sachin sadaf sadanand sadia saeed saeid safa
sagar sahar sahil sai saida saif saiful saima sajid sajjad sakshi salah saleem saleh salem salim
salma salman salome saloni salwa samah saman samar sameer samer sami samia samina samir samira
sampath sana sanaa sanath sanaz sandeep sandip sangeeta sangeetha sangita sanjana sanjar sanjay
sanjeev sanket santanu santhosh santosh sapna sara sarabjit saranya saravanan sargis sarita sarkis
satish satnam satyajit saud saurabh savio savita sayali seda seema selim selin selvam senthil
sepideh serhat serkan shabana shabnam shadi shafiq shahad shahbaz shahid shahin shahla shahnoza
shahram shahzad shai shailesh shakeel shakila shalini shalom shamima shani shankar shanthi shanti
sharif sharmila sharmin shashank shazia sheela shehzad shekhar shereen sherif sherine shervin
sherzod shilpa shimon shira shirin shital shivakumar shivam shivani shlomo shmuel shoaib shobha
shoshana shraddha shreya shreyas shrikant shruti shubham shweta shwetha shyam siamak sibel
siddharth siddhartha sidra sima simran simranjit sina sinan sindhu sinem sirisha sita sitora siva
sivakumar sivan smita sneha snehal sohail soheil sohel sohrab sona sonal sonali soran soraya soumya
souvik sowmya sravan sravani sreejith sridevi sridhar srikanth srinivas srinivasa srinivasan sriram
subhajit subhash subramaniam subramanian subrata sudha sudhakar sudheer sudhir sudip sudipta suha
suhail sujata sujatha sujith sukhdeep sukhwinder sulaiman suleiman sumaiya suman sumana sumaya
sumeet sumit sumon sundar sunil sunita sunitha supriya suraj surbhi suren surendra suresh surinder
sushant sushil sushma sushmita susmita swapna swapnil swathi swati swetha taha tahir tahira tahmina
tal tala talal talha talia tamana tamar tamim tanisha tanmay tanmoy tanushree tanveer tanvi tanvir
tanya tarek tareq tarik tariq tarun tashi taslima tawfiq tejas tejinder tenzin tharindu thilini
tigran timur tinatin tolga tomer trisha trupti tugba tural tushar tzvi uday ugur ulugbek uma umair
umesh umit umut upul urvi usama usha usman utkarsh uzma vahan vahe vahid vaibhav vaishali vaishnavi
vakhtang vamsi vandana vardan varsha vartan varun vedant venkat venkata venkatesh vidya vignesh
vihaan vijayakumar vijayalakshmi vikas vikram vimal vinay vinayak vineet vineeth vinod vipin vipul
vishal vishnu vivaan vivek volkan wael wafa waheed wahid waleed walid waqar waqas waseem wasim
wassim yaakov yael yahya yair yalda yara yaron yasaman yasemin yash yasin yasir yasmeen yasmin
yasmine yasser yassin yassine yazan yehoshua yehuda yehudit yigit yisrael yitzhak yoav yogesh
yonatan yosef yossi younes yousef yousif yousra youssef yunus yusra yusuf yuval yuvraj zabihullah
zafar zafer zahid zahra zaid zain zainab zakaria zakariya zalmay zana zara zarina zeeshan zeev
zehra zeina zeinab zeynep zhanna zia ziad ziyad zohra zoya zubair zurab zvi
`;
