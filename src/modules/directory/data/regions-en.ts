/**
 * English names of the regions in regions.ts, by code: Hanyu Pinyin of the name without its
 * suffix, as the places write themselves in English (Suzhou, Kunshan, Hai'an), then District
 * (区), County (县), New Area (新区) or She Autonomous County; prefecture- and county-level cities
 * and provinces without a suffix. Drafted with a pinyin dictionary and read through by hand
 * for the readings place names keep (六安 Lu'an, 六合 Luhe, 乐清 Yueqing, 歙县 She, 闵行 Minhang,
 * 句容 Jurong, 涡阳 Guoyang, 盐都 Yandu). An apostrophe separates a syllable that starts with a, o
 * or e. Two names alike in Chinese are alike here (普陀区: Shanghai's and Zhoushan's), and
 * 苏州 and 宿州 are both Suzhou, as they are in English.
 */
export const REGION_NAMES_EN: Readonly<Record<string, string>> = {
  "310000": "Shanghai", // 上海市
  "310101": "Huangpu District", // 黄浦区
  "310104": "Xuhui District", // 徐汇区
  "310105": "Changning District", // 长宁区
  "310106": "Jing'an District", // 静安区
  "310107": "Putuo District", // 普陀区
  "310109": "Hongkou District", // 虹口区
  "310110": "Yangpu District", // 杨浦区
  "310112": "Minhang District", // 闵行区
  "310113": "Baoshan District", // 宝山区
  "310114": "Jiading District", // 嘉定区
  "310115": "Pudong New Area", // 浦东新区
  "310116": "Jinshan District", // 金山区
  "310117": "Songjiang District", // 松江区
  "310118": "Qingpu District", // 青浦区
  "310120": "Fengxian District", // 奉贤区
  "310151": "Chongming District", // 崇明区
  "320000": "Jiangsu", // 江苏省
  "320100": "Nanjing", // 南京市
  "320102": "Xuanwu District", // 玄武区
  "320104": "Qinhuai District", // 秦淮区
  "320105": "Jianye District", // 建邺区
  "320106": "Gulou District", // 鼓楼区
  "320111": "Pukou District", // 浦口区
  "320113": "Qixia District", // 栖霞区
  "320114": "Yuhuatai District", // 雨花台区
  "320115": "Jiangning District", // 江宁区
  "320116": "Luhe District", // 六合区
  "320117": "Lishui District", // 溧水区
  "320118": "Gaochun District", // 高淳区
  "320200": "Wuxi", // 无锡市
  "320205": "Xishan District", // 锡山区
  "320206": "Huishan District", // 惠山区
  "320211": "Binhu District", // 滨湖区
  "320213": "Liangxi District", // 梁溪区
  "320214": "Xinwu District", // 新吴区
  "320281": "Jiangyin", // 江阴市
  "320282": "Yixing", // 宜兴市
  "320300": "Xuzhou", // 徐州市
  "320302": "Gulou District", // 鼓楼区
  "320303": "Yunlong District", // 云龙区
  "320305": "Jiawang District", // 贾汪区
  "320311": "Quanshan District", // 泉山区
  "320312": "Tongshan District", // 铜山区
  "320321": "Feng County", // 丰县
  "320322": "Pei County", // 沛县
  "320324": "Suining County", // 睢宁县
  "320381": "Xinyi", // 新沂市
  "320382": "Pizhou", // 邳州市
  "320400": "Changzhou", // 常州市
  "320402": "Tianning District", // 天宁区
  "320404": "Zhonglou District", // 钟楼区
  "320411": "Xinbei District", // 新北区
  "320412": "Wujin District", // 武进区
  "320413": "Jintan District", // 金坛区
  "320481": "Liyang", // 溧阳市
  "320500": "Suzhou", // 苏州市
  "320505": "Huqiu District", // 虎丘区
  "320506": "Wuzhong District", // 吴中区
  "320507": "Xiangcheng District", // 相城区
  "320508": "Gusu District", // 姑苏区
  "320509": "Wujiang District", // 吴江区
  "320581": "Changshu", // 常熟市
  "320582": "Zhangjiagang", // 张家港市
  "320583": "Kunshan", // 昆山市
  "320585": "Taicang", // 太仓市
  "320600": "Nantong", // 南通市
  "320612": "Tongzhou District", // 通州区
  "320613": "Chongchuan District", // 崇川区
  "320614": "Haimen District", // 海门区
  "320623": "Rudong County", // 如东县
  "320681": "Qidong", // 启东市
  "320682": "Rugao", // 如皋市
  "320685": "Hai'an", // 海安市
  "320700": "Lianyungang", // 连云港市
  "320703": "Lianyun District", // 连云区
  "320706": "Haizhou District", // 海州区
  "320707": "Ganyu District", // 赣榆区
  "320722": "Donghai County", // 东海县
  "320723": "Guanyun County", // 灌云县
  "320724": "Guannan County", // 灌南县
  "320800": "Huai'an", // 淮安市
  "320803": "Huai'an District", // 淮安区
  "320804": "Huaiyin District", // 淮阴区
  "320812": "Qingjiangpu District", // 清江浦区
  "320813": "Hongze District", // 洪泽区
  "320826": "Lianshui County", // 涟水县
  "320830": "Xuyi County", // 盱眙县
  "320831": "Jinhu County", // 金湖县
  "320900": "Yancheng", // 盐城市
  "320902": "Tinghu District", // 亭湖区
  "320903": "Yandu District", // 盐都区
  "320904": "Dafeng District", // 大丰区
  "320921": "Xiangshui County", // 响水县
  "320922": "Binhai County", // 滨海县
  "320923": "Funing County", // 阜宁县
  "320924": "Sheyang County", // 射阳县
  "320925": "Jianhu County", // 建湖县
  "320981": "Dongtai", // 东台市
  "321000": "Yangzhou", // 扬州市
  "321002": "Guangling District", // 广陵区
  "321003": "Hanjiang District", // 邗江区
  "321012": "Jiangdu District", // 江都区
  "321023": "Baoying County", // 宝应县
  "321081": "Yizheng", // 仪征市
  "321084": "Gaoyou", // 高邮市
  "321100": "Zhenjiang", // 镇江市
  "321102": "Jingkou District", // 京口区
  "321111": "Runzhou District", // 润州区
  "321112": "Dantu District", // 丹徒区
  "321181": "Danyang", // 丹阳市
  "321182": "Yangzhong", // 扬中市
  "321183": "Jurong", // 句容市
  "321200": "Taizhou", // 泰州市
  "321202": "Hailing District", // 海陵区
  "321203": "Gaogang District", // 高港区
  "321204": "Jiangyan District", // 姜堰区
  "321281": "Xinghua", // 兴化市
  "321282": "Jingjiang", // 靖江市
  "321283": "Taixing", // 泰兴市
  "321300": "Suqian", // 宿迁市
  "321302": "Sucheng District", // 宿城区
  "321311": "Suyu District", // 宿豫区
  "321322": "Shuyang County", // 沭阳县
  "321323": "Siyang County", // 泗阳县
  "321324": "Sihong County", // 泗洪县
  "330000": "Zhejiang", // 浙江省
  "330100": "Hangzhou", // 杭州市
  "330102": "Shangcheng District", // 上城区
  "330105": "Gongshu District", // 拱墅区
  "330106": "Xihu District", // 西湖区
  "330108": "Binjiang District", // 滨江区
  "330109": "Xiaoshan District", // 萧山区
  "330110": "Yuhang District", // 余杭区
  "330111": "Fuyang District", // 富阳区
  "330112": "Lin'an District", // 临安区
  "330113": "Linping District", // 临平区
  "330114": "Qiantang District", // 钱塘区
  "330122": "Tonglu County", // 桐庐县
  "330127": "Chun'an County", // 淳安县
  "330182": "Jiande", // 建德市
  "330200": "Ningbo", // 宁波市
  "330203": "Haishu District", // 海曙区
  "330205": "Jiangbei District", // 江北区
  "330206": "Beilun District", // 北仑区
  "330211": "Zhenhai District", // 镇海区
  "330212": "Yinzhou District", // 鄞州区
  "330213": "Fenghua District", // 奉化区
  "330225": "Xiangshan County", // 象山县
  "330226": "Ninghai County", // 宁海县
  "330281": "Yuyao", // 余姚市
  "330282": "Cixi", // 慈溪市
  "330300": "Wenzhou", // 温州市
  "330302": "Lucheng District", // 鹿城区
  "330303": "Longwan District", // 龙湾区
  "330304": "Ouhai District", // 瓯海区
  "330305": "Dongtou District", // 洞头区
  "330324": "Yongjia County", // 永嘉县
  "330326": "Pingyang County", // 平阳县
  "330327": "Cangnan County", // 苍南县
  "330328": "Wencheng County", // 文成县
  "330329": "Taishun County", // 泰顺县
  "330381": "Rui'an", // 瑞安市
  "330382": "Yueqing", // 乐清市
  "330383": "Longgang", // 龙港市
  "330400": "Jiaxing", // 嘉兴市
  "330402": "Nanhu District", // 南湖区
  "330411": "Xiuzhou District", // 秀洲区
  "330421": "Jiashan County", // 嘉善县
  "330424": "Haiyan County", // 海盐县
  "330481": "Haining", // 海宁市
  "330482": "Pinghu", // 平湖市
  "330483": "Tongxiang", // 桐乡市
  "330500": "Huzhou", // 湖州市
  "330502": "Wuxing District", // 吴兴区
  "330503": "Nanxun District", // 南浔区
  "330521": "Deqing County", // 德清县
  "330522": "Changxing County", // 长兴县
  "330523": "Anji County", // 安吉县
  "330600": "Shaoxing", // 绍兴市
  "330602": "Yuecheng District", // 越城区
  "330603": "Keqiao District", // 柯桥区
  "330604": "Shangyu District", // 上虞区
  "330624": "Xinchang County", // 新昌县
  "330681": "Zhuji", // 诸暨市
  "330683": "Shengzhou", // 嵊州市
  "330700": "Jinhua", // 金华市
  "330702": "Wucheng District", // 婺城区
  "330703": "Jindong District", // 金东区
  "330723": "Wuyi County", // 武义县
  "330726": "Pujiang County", // 浦江县
  "330727": "Pan'an County", // 磐安县
  "330781": "Lanxi", // 兰溪市
  "330782": "Yiwu", // 义乌市
  "330783": "Dongyang", // 东阳市
  "330784": "Yongkang", // 永康市
  "330800": "Quzhou", // 衢州市
  "330802": "Kecheng District", // 柯城区
  "330803": "Qujiang District", // 衢江区
  "330822": "Changshan County", // 常山县
  "330824": "Kaihua County", // 开化县
  "330825": "Longyou County", // 龙游县
  "330881": "Jiangshan", // 江山市
  "330900": "Zhoushan", // 舟山市
  "330902": "Dinghai District", // 定海区
  "330903": "Putuo District", // 普陀区
  "330921": "Daishan County", // 岱山县
  "330922": "Shengsi County", // 嵊泗县
  "331000": "Taizhou", // 台州市
  "331002": "Jiaojiang District", // 椒江区
  "331003": "Huangyan District", // 黄岩区
  "331004": "Luqiao District", // 路桥区
  "331022": "Sanmen County", // 三门县
  "331023": "Tiantai County", // 天台县
  "331024": "Xianju County", // 仙居县
  "331081": "Wenling", // 温岭市
  "331082": "Linhai", // 临海市
  "331083": "Yuhuan", // 玉环市
  "331100": "Lishui", // 丽水市
  "331102": "Liandu District", // 莲都区
  "331121": "Qingtian County", // 青田县
  "331122": "Jinyun County", // 缙云县
  "331123": "Suichang County", // 遂昌县
  "331124": "Songyang County", // 松阳县
  "331125": "Yunhe County", // 云和县
  "331126": "Qingyuan County", // 庆元县
  "331127": "Jingning She Autonomous County", // 景宁畲族自治县
  "331181": "Longquan", // 龙泉市
  "340000": "Anhui", // 安徽省
  "340100": "Hefei", // 合肥市
  "340102": "Yaohai District", // 瑶海区
  "340103": "Luyang District", // 庐阳区
  "340104": "Shushan District", // 蜀山区
  "340111": "Baohe District", // 包河区
  "340121": "Changfeng County", // 长丰县
  "340122": "Feidong County", // 肥东县
  "340123": "Feixi County", // 肥西县
  "340124": "Lujiang County", // 庐江县
  "340181": "Chaohu", // 巢湖市
  "340200": "Wuhu", // 芜湖市
  "340202": "Jinghu District", // 镜湖区
  "340207": "Jiujiang District", // 鸠江区
  "340209": "Yijiang District", // 弋江区
  "340210": "Wanzhi District", // 湾沚区
  "340212": "Fanchang District", // 繁昌区
  "340223": "Nanling County", // 南陵县
  "340281": "Wuwei", // 无为市
  "340300": "Bengbu", // 蚌埠市
  "340302": "Longzihu District", // 龙子湖区
  "340303": "Bengshan District", // 蚌山区
  "340304": "Yuhui District", // 禹会区
  "340311": "Huaishang District", // 淮上区
  "340321": "Huaiyuan County", // 怀远县
  "340322": "Wuhe County", // 五河县
  "340323": "Guzhen County", // 固镇县
  "340400": "Huainan", // 淮南市
  "340402": "Datong District", // 大通区
  "340403": "Tianjia'an District", // 田家庵区
  "340404": "Xiejiaji District", // 谢家集区
  "340405": "Bagongshan District", // 八公山区
  "340406": "Panji District", // 潘集区
  "340421": "Fengtai County", // 凤台县
  "340422": "Shou County", // 寿县
  "340500": "Ma'anshan", // 马鞍山市
  "340503": "Huashan District", // 花山区
  "340504": "Yushan District", // 雨山区
  "340506": "Bowang District", // 博望区
  "340521": "Dangtu County", // 当涂县
  "340522": "Hanshan County", // 含山县
  "340523": "He County", // 和县
  "340600": "Huaibei", // 淮北市
  "340602": "Duji District", // 杜集区
  "340603": "Xiangshan District", // 相山区
  "340604": "Lieshan District", // 烈山区
  "340621": "Suixi County", // 濉溪县
  "340700": "Tongling", // 铜陵市
  "340705": "Tongguan District", // 铜官区
  "340706": "Yi'an District", // 义安区
  "340711": "Suburban District", // 郊区
  "340722": "Zongyang County", // 枞阳县
  "340800": "Anqing", // 安庆市
  "340802": "Yingjiang District", // 迎江区
  "340803": "Daguan District", // 大观区
  "340811": "Yixiu District", // 宜秀区
  "340822": "Huaining County", // 怀宁县
  "340825": "Taihu County", // 太湖县
  "340826": "Susong County", // 宿松县
  "340827": "Wangjiang County", // 望江县
  "340828": "Yuexi County", // 岳西县
  "340881": "Tongcheng", // 桐城市
  "340882": "Qianshan", // 潜山市
  "341000": "Huangshan", // 黄山市
  "341002": "Tunxi District", // 屯溪区
  "341003": "Huangshan District", // 黄山区
  "341004": "Huizhou District", // 徽州区
  "341021": "She County", // 歙县
  "341022": "Xiuning County", // 休宁县
  "341023": "Yi County", // 黟县
  "341024": "Qimen County", // 祁门县
  "341100": "Chuzhou", // 滁州市
  "341102": "Langya District", // 琅琊区
  "341103": "Nanqiao District", // 南谯区
  "341122": "Lai'an County", // 来安县
  "341124": "Quanjiao County", // 全椒县
  "341125": "Dingyuan County", // 定远县
  "341126": "Fengyang County", // 凤阳县
  "341181": "Tianchang", // 天长市
  "341182": "Mingguang", // 明光市
  "341200": "Fuyang", // 阜阳市
  "341202": "Yingzhou District", // 颍州区
  "341203": "Yingdong District", // 颍东区
  "341204": "Yingquan District", // 颍泉区
  "341221": "Linquan County", // 临泉县
  "341222": "Taihe County", // 太和县
  "341225": "Funan County", // 阜南县
  "341226": "Yingshang County", // 颍上县
  "341282": "Jieshou", // 界首市
  "341300": "Suzhou", // 宿州市
  "341302": "Yongqiao District", // 埇桥区
  "341321": "Dangshan County", // 砀山县
  "341322": "Xiao County", // 萧县
  "341323": "Lingbi County", // 灵璧县
  "341324": "Si County", // 泗县
  "341500": "Lu'an", // 六安市
  "341502": "Jin'an District", // 金安区
  "341503": "Yu'an District", // 裕安区
  "341504": "Yeji District", // 叶集区
  "341522": "Huoqiu County", // 霍邱县
  "341523": "Shucheng County", // 舒城县
  "341524": "Jinzhai County", // 金寨县
  "341525": "Huoshan County", // 霍山县
  "341600": "Bozhou", // 亳州市
  "341602": "Qiaocheng District", // 谯城区
  "341621": "Guoyang County", // 涡阳县
  "341622": "Mengcheng County", // 蒙城县
  "341623": "Lixin County", // 利辛县
  "341700": "Chizhou", // 池州市
  "341702": "Guichi District", // 贵池区
  "341721": "Dongzhi County", // 东至县
  "341722": "Shitai County", // 石台县
  "341723": "Qingyang County", // 青阳县
  "341800": "Xuancheng", // 宣城市
  "341802": "Xuanzhou District", // 宣州区
  "341821": "Langxi County", // 郎溪县
  "341823": "Jing County", // 泾县
  "341824": "Jixi County", // 绩溪县
  "341825": "Jingde County", // 旌德县
  "341881": "Ningguo", // 宁国市
  "341882": "Guangde", // 广德市
};
