package com.carerounds.dataset.generator;

import java.util.List;

/**
 * A real urban district: its resident-ID region code and a box of coordinates (WGS-84) that lies
 * inside the district, so every generated home and center is a plausible address there.
 */
record District(String name, String regionCode, double minLatitude, double maxLatitude, double minLongitude,
                double maxLongitude, List<String> roads) {

    static final List<District> ALL = List.of(
            new District("上海市长宁区", "310105", 31.197, 31.219, 121.386, 121.433,
                    List.of("新华路", "番禺路", "定西路", "延安西路", "天山路", "仙霞路", "虹桥路", "娄山关路",
                            "武夷路", "凯旋路", "遵义路", "水城路", "法华镇路", "安顺路", "茅台路")),
            new District("上海市徐汇区", "310104", 31.168, 31.193, 121.421, 121.447,
                    List.of("漕溪北路", "天钥桥路", "宜山路", "桂林路", "钦州路", "田林路", "龙华路", "零陵路",
                            "斜土路", "南丹路", "柳州路", "中山南二路")),
            new District("上海市普陀区", "310107", 31.236, 31.258, 121.383, 121.428,
                    List.of("曹杨路", "真北路", "铜川路", "梅川路", "武宁路", "金沙江路", "枣阳路", "兰溪路",
                            "杏山路", "花溪路", "西乡路")),
            new District("上海市静安区", "310106", 31.252, 31.278, 121.446, 121.466,
                    List.of("共和新路", "延长中路", "大统路", "万荣路", "彭江路", "广延路", "平型关路", "灵石路",
                            "保德路", "延长西路")),
            new District("杭州市拱墅区", "330105", 30.302, 30.328, 120.128, 120.158,
                    List.of("莫干山路", "湖州街", "上塘路", "大关路", "和睦路", "登云路", "小河路", "通益路",
                            "丽水路", "瓜山路")));
}
