function outer(){
function f0(a,b){ const x = a + b * 0; if (x > 0) { return [x, a, b, 'str0'].join('-'); } return String(x); }
function f1(a,b){ const x = a + b * 1; if (x > 1) { return [x, a, b, 'str1'].join('-'); } return String(x); }
function f2(a,b){ const x = a + b * 2; if (x > 2) { return [x, a, b, 'str2'].join('-'); } return String(x); }
function f3(a,b){ const x = a + b * 3; if (x > 3) { return [x, a, b, 'str3'].join('-'); } return String(x); }
function f4(a,b){ const x = a + b * 4; if (x > 4) { return [x, a, b, 'str4'].join('-'); } return String(x); }
function f5(a,b){ const x = a + b * 5; if (x > 5) { return [x, a, b, 'str5'].join('-'); } return String(x); }
function f6(a,b){ const x = a + b * 6; if (x > 6) { return [x, a, b, 'str6'].join('-'); } return String(x); }
function f7(a,b){ const x = a + b * 7; if (x > 7) { return [x, a, b, 'str7'].join('-'); } return String(x); }
function f8(a,b){ const x = a + b * 8; if (x > 8) { return [x, a, b, 'str8'].join('-'); } return String(x); }
function f9(a,b){ const x = a + b * 9; if (x > 9) { return [x, a, b, 'str9'].join('-'); } return String(x); }
function f10(a,b){ const x = a + b * 10; if (x > 10) { return [x, a, b, 'str10'].join('-'); } return String(x); }
function f11(a,b){ const x = a + b * 11; if (x > 11) { return [x, a, b, 'str11'].join('-'); } return String(x); }
function f12(a,b){ const x = a + b * 12; if (x > 12) { return [x, a, b, 'str12'].join('-'); } return String(x); }
function f13(a,b){ const x = a + b * 13; if (x > 13) { return [x, a, b, 'str13'].join('-'); } return String(x); }
function f14(a,b){ const x = a + b * 14; if (x > 14) { return [x, a, b, 'str14'].join('-'); } return String(x); }
function f15(a,b){ const x = a + b * 15; if (x > 15) { return [x, a, b, 'str15'].join('-'); } return String(x); }
function f16(a,b){ const x = a + b * 16; if (x > 16) { return [x, a, b, 'str16'].join('-'); } return String(x); }
function f17(a,b){ const x = a + b * 17; if (x > 17) { return [x, a, b, 'str17'].join('-'); } return String(x); }
function f18(a,b){ const x = a + b * 18; if (x > 18) { return [x, a, b, 'str18'].join('-'); } return String(x); }
function f19(a,b){ const x = a + b * 19; if (x > 19) { return [x, a, b, 'str19'].join('-'); } return String(x); }
function f20(a,b){ const x = a + b * 20; if (x > 20) { return [x, a, b, 'str20'].join('-'); } return String(x); }
function f21(a,b){ const x = a + b * 21; if (x > 21) { return [x, a, b, 'str21'].join('-'); } return String(x); }
function f22(a,b){ const x = a + b * 22; if (x > 22) { return [x, a, b, 'str22'].join('-'); } return String(x); }
function f23(a,b){ const x = a + b * 23; if (x > 23) { return [x, a, b, 'str23'].join('-'); } return String(x); }
function f24(a,b){ const x = a + b * 24; if (x > 24) { return [x, a, b, 'str24'].join('-'); } return String(x); }
function f25(a,b){ const x = a + b * 25; if (x > 25) { return [x, a, b, 'str25'].join('-'); } return String(x); }
function f26(a,b){ const x = a + b * 26; if (x > 26) { return [x, a, b, 'str26'].join('-'); } return String(x); }
function f27(a,b){ const x = a + b * 27; if (x > 27) { return [x, a, b, 'str27'].join('-'); } return String(x); }
function f28(a,b){ const x = a + b * 28; if (x > 28) { return [x, a, b, 'str28'].join('-'); } return String(x); }
function f29(a,b){ const x = a + b * 29; if (x > 29) { return [x, a, b, 'str29'].join('-'); } return String(x); }
function f30(a,b){ const x = a + b * 30; if (x > 30) { return [x, a, b, 'str30'].join('-'); } return String(x); }
function f31(a,b){ const x = a + b * 31; if (x > 31) { return [x, a, b, 'str31'].join('-'); } return String(x); }
function f32(a,b){ const x = a + b * 32; if (x > 32) { return [x, a, b, 'str32'].join('-'); } return String(x); }
function f33(a,b){ const x = a + b * 33; if (x > 33) { return [x, a, b, 'str33'].join('-'); } return String(x); }
function f34(a,b){ const x = a + b * 34; if (x > 34) { return [x, a, b, 'str34'].join('-'); } return String(x); }
function f35(a,b){ const x = a + b * 35; if (x > 35) { return [x, a, b, 'str35'].join('-'); } return String(x); }
function f36(a,b){ const x = a + b * 36; if (x > 36) { return [x, a, b, 'str36'].join('-'); } return String(x); }
function f37(a,b){ const x = a + b * 37; if (x > 37) { return [x, a, b, 'str37'].join('-'); } return String(x); }
function f38(a,b){ const x = a + b * 38; if (x > 38) { return [x, a, b, 'str38'].join('-'); } return String(x); }
function f39(a,b){ const x = a + b * 39; if (x > 39) { return [x, a, b, 'str39'].join('-'); } return String(x); }
function f40(a,b){ const x = a + b * 40; if (x > 40) { return [x, a, b, 'str40'].join('-'); } return String(x); }
function f41(a,b){ const x = a + b * 41; if (x > 41) { return [x, a, b, 'str41'].join('-'); } return String(x); }
function f42(a,b){ const x = a + b * 42; if (x > 42) { return [x, a, b, 'str42'].join('-'); } return String(x); }
function f43(a,b){ const x = a + b * 43; if (x > 43) { return [x, a, b, 'str43'].join('-'); } return String(x); }
function f44(a,b){ const x = a + b * 44; if (x > 44) { return [x, a, b, 'str44'].join('-'); } return String(x); }
function f45(a,b){ const x = a + b * 45; if (x > 45) { return [x, a, b, 'str45'].join('-'); } return String(x); }
function f46(a,b){ const x = a + b * 46; if (x > 46) { return [x, a, b, 'str46'].join('-'); } return String(x); }
function f47(a,b){ const x = a + b * 47; if (x > 47) { return [x, a, b, 'str47'].join('-'); } return String(x); }
function f48(a,b){ const x = a + b * 48; if (x > 48) { return [x, a, b, 'str48'].join('-'); } return String(x); }
function f49(a,b){ const x = a + b * 49; if (x > 49) { return [x, a, b, 'str49'].join('-'); } return String(x); }
function f50(a,b){ const x = a + b * 50; if (x > 50) { return [x, a, b, 'str50'].join('-'); } return String(x); }
function f51(a,b){ const x = a + b * 51; if (x > 51) { return [x, a, b, 'str51'].join('-'); } return String(x); }
function f52(a,b){ const x = a + b * 52; if (x > 52) { return [x, a, b, 'str52'].join('-'); } return String(x); }
function f53(a,b){ const x = a + b * 53; if (x > 53) { return [x, a, b, 'str53'].join('-'); } return String(x); }
function f54(a,b){ const x = a + b * 54; if (x > 54) { return [x, a, b, 'str54'].join('-'); } return String(x); }
function f55(a,b){ const x = a + b * 55; if (x > 55) { return [x, a, b, 'str55'].join('-'); } return String(x); }
function f56(a,b){ const x = a + b * 56; if (x > 56) { return [x, a, b, 'str56'].join('-'); } return String(x); }
function f57(a,b){ const x = a + b * 57; if (x > 57) { return [x, a, b, 'str57'].join('-'); } return String(x); }
function f58(a,b){ const x = a + b * 58; if (x > 58) { return [x, a, b, 'str58'].join('-'); } return String(x); }
function f59(a,b){ const x = a + b * 59; if (x > 59) { return [x, a, b, 'str59'].join('-'); } return String(x); }
function f60(a,b){ const x = a + b * 60; if (x > 60) { return [x, a, b, 'str60'].join('-'); } return String(x); }
function f61(a,b){ const x = a + b * 61; if (x > 61) { return [x, a, b, 'str61'].join('-'); } return String(x); }
function f62(a,b){ const x = a + b * 62; if (x > 62) { return [x, a, b, 'str62'].join('-'); } return String(x); }
function f63(a,b){ const x = a + b * 63; if (x > 63) { return [x, a, b, 'str63'].join('-'); } return String(x); }
function f64(a,b){ const x = a + b * 64; if (x > 64) { return [x, a, b, 'str64'].join('-'); } return String(x); }
function f65(a,b){ const x = a + b * 65; if (x > 65) { return [x, a, b, 'str65'].join('-'); } return String(x); }
function f66(a,b){ const x = a + b * 66; if (x > 66) { return [x, a, b, 'str66'].join('-'); } return String(x); }
function f67(a,b){ const x = a + b * 67; if (x > 67) { return [x, a, b, 'str67'].join('-'); } return String(x); }
function f68(a,b){ const x = a + b * 68; if (x > 68) { return [x, a, b, 'str68'].join('-'); } return String(x); }
function f69(a,b){ const x = a + b * 69; if (x > 69) { return [x, a, b, 'str69'].join('-'); } return String(x); }
function f70(a,b){ const x = a + b * 70; if (x > 70) { return [x, a, b, 'str70'].join('-'); } return String(x); }
function f71(a,b){ const x = a + b * 71; if (x > 71) { return [x, a, b, 'str71'].join('-'); } return String(x); }
function f72(a,b){ const x = a + b * 72; if (x > 72) { return [x, a, b, 'str72'].join('-'); } return String(x); }
function f73(a,b){ const x = a + b * 73; if (x > 73) { return [x, a, b, 'str73'].join('-'); } return String(x); }
function f74(a,b){ const x = a + b * 74; if (x > 74) { return [x, a, b, 'str74'].join('-'); } return String(x); }
function f75(a,b){ const x = a + b * 75; if (x > 75) { return [x, a, b, 'str75'].join('-'); } return String(x); }
function f76(a,b){ const x = a + b * 76; if (x > 76) { return [x, a, b, 'str76'].join('-'); } return String(x); }
function f77(a,b){ const x = a + b * 77; if (x > 77) { return [x, a, b, 'str77'].join('-'); } return String(x); }
function f78(a,b){ const x = a + b * 78; if (x > 78) { return [x, a, b, 'str78'].join('-'); } return String(x); }
function f79(a,b){ const x = a + b * 79; if (x > 79) { return [x, a, b, 'str79'].join('-'); } return String(x); }
function f80(a,b){ const x = a + b * 80; if (x > 80) { return [x, a, b, 'str80'].join('-'); } return String(x); }
function f81(a,b){ const x = a + b * 81; if (x > 81) { return [x, a, b, 'str81'].join('-'); } return String(x); }
function f82(a,b){ const x = a + b * 82; if (x > 82) { return [x, a, b, 'str82'].join('-'); } return String(x); }
function f83(a,b){ const x = a + b * 83; if (x > 83) { return [x, a, b, 'str83'].join('-'); } return String(x); }
function f84(a,b){ const x = a + b * 84; if (x > 84) { return [x, a, b, 'str84'].join('-'); } return String(x); }
function f85(a,b){ const x = a + b * 85; if (x > 85) { return [x, a, b, 'str85'].join('-'); } return String(x); }
function f86(a,b){ const x = a + b * 86; if (x > 86) { return [x, a, b, 'str86'].join('-'); } return String(x); }
function f87(a,b){ const x = a + b * 87; if (x > 87) { return [x, a, b, 'str87'].join('-'); } return String(x); }
function f88(a,b){ const x = a + b * 88; if (x > 88) { return [x, a, b, 'str88'].join('-'); } return String(x); }
function f89(a,b){ const x = a + b * 89; if (x > 89) { return [x, a, b, 'str89'].join('-'); } return String(x); }
function f90(a,b){ const x = a + b * 90; if (x > 90) { return [x, a, b, 'str90'].join('-'); } return String(x); }
function f91(a,b){ const x = a + b * 91; if (x > 91) { return [x, a, b, 'str91'].join('-'); } return String(x); }
function f92(a,b){ const x = a + b * 92; if (x > 92) { return [x, a, b, 'str92'].join('-'); } return String(x); }
function f93(a,b){ const x = a + b * 93; if (x > 93) { return [x, a, b, 'str93'].join('-'); } return String(x); }
function f94(a,b){ const x = a + b * 94; if (x > 94) { return [x, a, b, 'str94'].join('-'); } return String(x); }
function f95(a,b){ const x = a + b * 95; if (x > 95) { return [x, a, b, 'str95'].join('-'); } return String(x); }
function f96(a,b){ const x = a + b * 96; if (x > 96) { return [x, a, b, 'str96'].join('-'); } return String(x); }
function f97(a,b){ const x = a + b * 97; if (x > 97) { return [x, a, b, 'str97'].join('-'); } return String(x); }
function f98(a,b){ const x = a + b * 98; if (x > 98) { return [x, a, b, 'str98'].join('-'); } return String(x); }
function f99(a,b){ const x = a + b * 99; if (x > 99) { return [x, a, b, 'str99'].join('-'); } return String(x); }
function f100(a,b){ const x = a + b * 100; if (x > 100) { return [x, a, b, 'str100'].join('-'); } return String(x); }
function f101(a,b){ const x = a + b * 101; if (x > 101) { return [x, a, b, 'str101'].join('-'); } return String(x); }
function f102(a,b){ const x = a + b * 102; if (x > 102) { return [x, a, b, 'str102'].join('-'); } return String(x); }
function f103(a,b){ const x = a + b * 103; if (x > 103) { return [x, a, b, 'str103'].join('-'); } return String(x); }
function f104(a,b){ const x = a + b * 104; if (x > 104) { return [x, a, b, 'str104'].join('-'); } return String(x); }
function f105(a,b){ const x = a + b * 105; if (x > 105) { return [x, a, b, 'str105'].join('-'); } return String(x); }
function f106(a,b){ const x = a + b * 106; if (x > 106) { return [x, a, b, 'str106'].join('-'); } return String(x); }
function f107(a,b){ const x = a + b * 107; if (x > 107) { return [x, a, b, 'str107'].join('-'); } return String(x); }
function f108(a,b){ const x = a + b * 108; if (x > 108) { return [x, a, b, 'str108'].join('-'); } return String(x); }
function f109(a,b){ const x = a + b * 109; if (x > 109) { return [x, a, b, 'str109'].join('-'); } return String(x); }
function f110(a,b){ const x = a + b * 110; if (x > 110) { return [x, a, b, 'str110'].join('-'); } return String(x); }
function f111(a,b){ const x = a + b * 111; if (x > 111) { return [x, a, b, 'str111'].join('-'); } return String(x); }
function f112(a,b){ const x = a + b * 112; if (x > 112) { return [x, a, b, 'str112'].join('-'); } return String(x); }
function f113(a,b){ const x = a + b * 113; if (x > 113) { return [x, a, b, 'str113'].join('-'); } return String(x); }
function f114(a,b){ const x = a + b * 114; if (x > 114) { return [x, a, b, 'str114'].join('-'); } return String(x); }
function f115(a,b){ const x = a + b * 115; if (x > 115) { return [x, a, b, 'str115'].join('-'); } return String(x); }
function f116(a,b){ const x = a + b * 116; if (x > 116) { return [x, a, b, 'str116'].join('-'); } return String(x); }
function f117(a,b){ const x = a + b * 117; if (x > 117) { return [x, a, b, 'str117'].join('-'); } return String(x); }
function f118(a,b){ const x = a + b * 118; if (x > 118) { return [x, a, b, 'str118'].join('-'); } return String(x); }
function f119(a,b){ const x = a + b * 119; if (x > 119) { return [x, a, b, 'str119'].join('-'); } return String(x); }
function f120(a,b){ const x = a + b * 120; if (x > 120) { return [x, a, b, 'str120'].join('-'); } return String(x); }
function f121(a,b){ const x = a + b * 121; if (x > 121) { return [x, a, b, 'str121'].join('-'); } return String(x); }
function f122(a,b){ const x = a + b * 122; if (x > 122) { return [x, a, b, 'str122'].join('-'); } return String(x); }
function f123(a,b){ const x = a + b * 123; if (x > 123) { return [x, a, b, 'str123'].join('-'); } return String(x); }
function f124(a,b){ const x = a + b * 124; if (x > 124) { return [x, a, b, 'str124'].join('-'); } return String(x); }
function f125(a,b){ const x = a + b * 125; if (x > 125) { return [x, a, b, 'str125'].join('-'); } return String(x); }
function f126(a,b){ const x = a + b * 126; if (x > 126) { return [x, a, b, 'str126'].join('-'); } return String(x); }
function f127(a,b){ const x = a + b * 127; if (x > 127) { return [x, a, b, 'str127'].join('-'); } return String(x); }
function f128(a,b){ const x = a + b * 128; if (x > 128) { return [x, a, b, 'str128'].join('-'); } return String(x); }
function f129(a,b){ const x = a + b * 129; if (x > 129) { return [x, a, b, 'str129'].join('-'); } return String(x); }
function f130(a,b){ const x = a + b * 130; if (x > 130) { return [x, a, b, 'str130'].join('-'); } return String(x); }
function f131(a,b){ const x = a + b * 131; if (x > 131) { return [x, a, b, 'str131'].join('-'); } return String(x); }
function f132(a,b){ const x = a + b * 132; if (x > 132) { return [x, a, b, 'str132'].join('-'); } return String(x); }
function f133(a,b){ const x = a + b * 133; if (x > 133) { return [x, a, b, 'str133'].join('-'); } return String(x); }
function f134(a,b){ const x = a + b * 134; if (x > 134) { return [x, a, b, 'str134'].join('-'); } return String(x); }
function f135(a,b){ const x = a + b * 135; if (x > 135) { return [x, a, b, 'str135'].join('-'); } return String(x); }
function f136(a,b){ const x = a + b * 136; if (x > 136) { return [x, a, b, 'str136'].join('-'); } return String(x); }
function f137(a,b){ const x = a + b * 137; if (x > 137) { return [x, a, b, 'str137'].join('-'); } return String(x); }
function f138(a,b){ const x = a + b * 138; if (x > 138) { return [x, a, b, 'str138'].join('-'); } return String(x); }
function f139(a,b){ const x = a + b * 139; if (x > 139) { return [x, a, b, 'str139'].join('-'); } return String(x); }
function f140(a,b){ const x = a + b * 140; if (x > 140) { return [x, a, b, 'str140'].join('-'); } return String(x); }
function f141(a,b){ const x = a + b * 141; if (x > 141) { return [x, a, b, 'str141'].join('-'); } return String(x); }
function f142(a,b){ const x = a + b * 142; if (x > 142) { return [x, a, b, 'str142'].join('-'); } return String(x); }
function f143(a,b){ const x = a + b * 143; if (x > 143) { return [x, a, b, 'str143'].join('-'); } return String(x); }
function f144(a,b){ const x = a + b * 144; if (x > 144) { return [x, a, b, 'str144'].join('-'); } return String(x); }
function f145(a,b){ const x = a + b * 145; if (x > 145) { return [x, a, b, 'str145'].join('-'); } return String(x); }
function f146(a,b){ const x = a + b * 146; if (x > 146) { return [x, a, b, 'str146'].join('-'); } return String(x); }
function f147(a,b){ const x = a + b * 147; if (x > 147) { return [x, a, b, 'str147'].join('-'); } return String(x); }
function f148(a,b){ const x = a + b * 148; if (x > 148) { return [x, a, b, 'str148'].join('-'); } return String(x); }
function f149(a,b){ const x = a + b * 149; if (x > 149) { return [x, a, b, 'str149'].join('-'); } return String(x); }
function f150(a,b){ const x = a + b * 150; if (x > 150) { return [x, a, b, 'str150'].join('-'); } return String(x); }
function f151(a,b){ const x = a + b * 151; if (x > 151) { return [x, a, b, 'str151'].join('-'); } return String(x); }
function f152(a,b){ const x = a + b * 152; if (x > 152) { return [x, a, b, 'str152'].join('-'); } return String(x); }
function f153(a,b){ const x = a + b * 153; if (x > 153) { return [x, a, b, 'str153'].join('-'); } return String(x); }
function f154(a,b){ const x = a + b * 154; if (x > 154) { return [x, a, b, 'str154'].join('-'); } return String(x); }
function f155(a,b){ const x = a + b * 155; if (x > 155) { return [x, a, b, 'str155'].join('-'); } return String(x); }
function f156(a,b){ const x = a + b * 156; if (x > 156) { return [x, a, b, 'str156'].join('-'); } return String(x); }
function f157(a,b){ const x = a + b * 157; if (x > 157) { return [x, a, b, 'str157'].join('-'); } return String(x); }
function f158(a,b){ const x = a + b * 158; if (x > 158) { return [x, a, b, 'str158'].join('-'); } return String(x); }
function f159(a,b){ const x = a + b * 159; if (x > 159) { return [x, a, b, 'str159'].join('-'); } return String(x); }
function f160(a,b){ const x = a + b * 160; if (x > 160) { return [x, a, b, 'str160'].join('-'); } return String(x); }
function f161(a,b){ const x = a + b * 161; if (x > 161) { return [x, a, b, 'str161'].join('-'); } return String(x); }
function f162(a,b){ const x = a + b * 162; if (x > 162) { return [x, a, b, 'str162'].join('-'); } return String(x); }
function f163(a,b){ const x = a + b * 163; if (x > 163) { return [x, a, b, 'str163'].join('-'); } return String(x); }
function f164(a,b){ const x = a + b * 164; if (x > 164) { return [x, a, b, 'str164'].join('-'); } return String(x); }
function f165(a,b){ const x = a + b * 165; if (x > 165) { return [x, a, b, 'str165'].join('-'); } return String(x); }
function f166(a,b){ const x = a + b * 166; if (x > 166) { return [x, a, b, 'str166'].join('-'); } return String(x); }
function f167(a,b){ const x = a + b * 167; if (x > 167) { return [x, a, b, 'str167'].join('-'); } return String(x); }
function f168(a,b){ const x = a + b * 168; if (x > 168) { return [x, a, b, 'str168'].join('-'); } return String(x); }
function f169(a,b){ const x = a + b * 169; if (x > 169) { return [x, a, b, 'str169'].join('-'); } return String(x); }
function f170(a,b){ const x = a + b * 170; if (x > 170) { return [x, a, b, 'str170'].join('-'); } return String(x); }
function f171(a,b){ const x = a + b * 171; if (x > 171) { return [x, a, b, 'str171'].join('-'); } return String(x); }
function f172(a,b){ const x = a + b * 172; if (x > 172) { return [x, a, b, 'str172'].join('-'); } return String(x); }
function f173(a,b){ const x = a + b * 173; if (x > 173) { return [x, a, b, 'str173'].join('-'); } return String(x); }
function f174(a,b){ const x = a + b * 174; if (x > 174) { return [x, a, b, 'str174'].join('-'); } return String(x); }
function f175(a,b){ const x = a + b * 175; if (x > 175) { return [x, a, b, 'str175'].join('-'); } return String(x); }
function f176(a,b){ const x = a + b * 176; if (x > 176) { return [x, a, b, 'str176'].join('-'); } return String(x); }
function f177(a,b){ const x = a + b * 177; if (x > 177) { return [x, a, b, 'str177'].join('-'); } return String(x); }
function f178(a,b){ const x = a + b * 178; if (x > 178) { return [x, a, b, 'str178'].join('-'); } return String(x); }
function f179(a,b){ const x = a + b * 179; if (x > 179) { return [x, a, b, 'str179'].join('-'); } return String(x); }
function f180(a,b){ const x = a + b * 180; if (x > 180) { return [x, a, b, 'str180'].join('-'); } return String(x); }
function f181(a,b){ const x = a + b * 181; if (x > 181) { return [x, a, b, 'str181'].join('-'); } return String(x); }
function f182(a,b){ const x = a + b * 182; if (x > 182) { return [x, a, b, 'str182'].join('-'); } return String(x); }
function f183(a,b){ const x = a + b * 183; if (x > 183) { return [x, a, b, 'str183'].join('-'); } return String(x); }
function f184(a,b){ const x = a + b * 184; if (x > 184) { return [x, a, b, 'str184'].join('-'); } return String(x); }
function f185(a,b){ const x = a + b * 185; if (x > 185) { return [x, a, b, 'str185'].join('-'); } return String(x); }
function f186(a,b){ const x = a + b * 186; if (x > 186) { return [x, a, b, 'str186'].join('-'); } return String(x); }
function f187(a,b){ const x = a + b * 187; if (x > 187) { return [x, a, b, 'str187'].join('-'); } return String(x); }
function f188(a,b){ const x = a + b * 188; if (x > 188) { return [x, a, b, 'str188'].join('-'); } return String(x); }
function f189(a,b){ const x = a + b * 189; if (x > 189) { return [x, a, b, 'str189'].join('-'); } return String(x); }
function f190(a,b){ const x = a + b * 190; if (x > 190) { return [x, a, b, 'str190'].join('-'); } return String(x); }
function f191(a,b){ const x = a + b * 191; if (x > 191) { return [x, a, b, 'str191'].join('-'); } return String(x); }
function f192(a,b){ const x = a + b * 192; if (x > 192) { return [x, a, b, 'str192'].join('-'); } return String(x); }
function f193(a,b){ const x = a + b * 193; if (x > 193) { return [x, a, b, 'str193'].join('-'); } return String(x); }
function f194(a,b){ const x = a + b * 194; if (x > 194) { return [x, a, b, 'str194'].join('-'); } return String(x); }
function f195(a,b){ const x = a + b * 195; if (x > 195) { return [x, a, b, 'str195'].join('-'); } return String(x); }
function f196(a,b){ const x = a + b * 196; if (x > 196) { return [x, a, b, 'str196'].join('-'); } return String(x); }
function f197(a,b){ const x = a + b * 197; if (x > 197) { return [x, a, b, 'str197'].join('-'); } return String(x); }
function f198(a,b){ const x = a + b * 198; if (x > 198) { return [x, a, b, 'str198'].join('-'); } return String(x); }
function f199(a,b){ const x = a + b * 199; if (x > 199) { return [x, a, b, 'str199'].join('-'); } return String(x); }
function f200(a,b){ const x = a + b * 200; if (x > 200) { return [x, a, b, 'str200'].join('-'); } return String(x); }
function f201(a,b){ const x = a + b * 201; if (x > 201) { return [x, a, b, 'str201'].join('-'); } return String(x); }
function f202(a,b){ const x = a + b * 202; if (x > 202) { return [x, a, b, 'str202'].join('-'); } return String(x); }
function f203(a,b){ const x = a + b * 203; if (x > 203) { return [x, a, b, 'str203'].join('-'); } return String(x); }
function f204(a,b){ const x = a + b * 204; if (x > 204) { return [x, a, b, 'str204'].join('-'); } return String(x); }
function f205(a,b){ const x = a + b * 205; if (x > 205) { return [x, a, b, 'str205'].join('-'); } return String(x); }
function f206(a,b){ const x = a + b * 206; if (x > 206) { return [x, a, b, 'str206'].join('-'); } return String(x); }
function f207(a,b){ const x = a + b * 207; if (x > 207) { return [x, a, b, 'str207'].join('-'); } return String(x); }
function f208(a,b){ const x = a + b * 208; if (x > 208) { return [x, a, b, 'str208'].join('-'); } return String(x); }
function f209(a,b){ const x = a + b * 209; if (x > 209) { return [x, a, b, 'str209'].join('-'); } return String(x); }
function f210(a,b){ const x = a + b * 210; if (x > 210) { return [x, a, b, 'str210'].join('-'); } return String(x); }
function f211(a,b){ const x = a + b * 211; if (x > 211) { return [x, a, b, 'str211'].join('-'); } return String(x); }
function f212(a,b){ const x = a + b * 212; if (x > 212) { return [x, a, b, 'str212'].join('-'); } return String(x); }
function f213(a,b){ const x = a + b * 213; if (x > 213) { return [x, a, b, 'str213'].join('-'); } return String(x); }
function f214(a,b){ const x = a + b * 214; if (x > 214) { return [x, a, b, 'str214'].join('-'); } return String(x); }
function f215(a,b){ const x = a + b * 215; if (x > 215) { return [x, a, b, 'str215'].join('-'); } return String(x); }
function f216(a,b){ const x = a + b * 216; if (x > 216) { return [x, a, b, 'str216'].join('-'); } return String(x); }
function f217(a,b){ const x = a + b * 217; if (x > 217) { return [x, a, b, 'str217'].join('-'); } return String(x); }
function f218(a,b){ const x = a + b * 218; if (x > 218) { return [x, a, b, 'str218'].join('-'); } return String(x); }
function f219(a,b){ const x = a + b * 219; if (x > 219) { return [x, a, b, 'str219'].join('-'); } return String(x); }
function f220(a,b){ const x = a + b * 220; if (x > 220) { return [x, a, b, 'str220'].join('-'); } return String(x); }
function f221(a,b){ const x = a + b * 221; if (x > 221) { return [x, a, b, 'str221'].join('-'); } return String(x); }
function f222(a,b){ const x = a + b * 222; if (x > 222) { return [x, a, b, 'str222'].join('-'); } return String(x); }
function f223(a,b){ const x = a + b * 223; if (x > 223) { return [x, a, b, 'str223'].join('-'); } return String(x); }
function f224(a,b){ const x = a + b * 224; if (x > 224) { return [x, a, b, 'str224'].join('-'); } return String(x); }
function f225(a,b){ const x = a + b * 225; if (x > 225) { return [x, a, b, 'str225'].join('-'); } return String(x); }
function f226(a,b){ const x = a + b * 226; if (x > 226) { return [x, a, b, 'str226'].join('-'); } return String(x); }
function f227(a,b){ const x = a + b * 227; if (x > 227) { return [x, a, b, 'str227'].join('-'); } return String(x); }
function f228(a,b){ const x = a + b * 228; if (x > 228) { return [x, a, b, 'str228'].join('-'); } return String(x); }
function f229(a,b){ const x = a + b * 229; if (x > 229) { return [x, a, b, 'str229'].join('-'); } return String(x); }
function f230(a,b){ const x = a + b * 230; if (x > 230) { return [x, a, b, 'str230'].join('-'); } return String(x); }
function f231(a,b){ const x = a + b * 231; if (x > 231) { return [x, a, b, 'str231'].join('-'); } return String(x); }
function f232(a,b){ const x = a + b * 232; if (x > 232) { return [x, a, b, 'str232'].join('-'); } return String(x); }
function f233(a,b){ const x = a + b * 233; if (x > 233) { return [x, a, b, 'str233'].join('-'); } return String(x); }
function f234(a,b){ const x = a + b * 234; if (x > 234) { return [x, a, b, 'str234'].join('-'); } return String(x); }
function f235(a,b){ const x = a + b * 235; if (x > 235) { return [x, a, b, 'str235'].join('-'); } return String(x); }
function f236(a,b){ const x = a + b * 236; if (x > 236) { return [x, a, b, 'str236'].join('-'); } return String(x); }
function f237(a,b){ const x = a + b * 237; if (x > 237) { return [x, a, b, 'str237'].join('-'); } return String(x); }
function f238(a,b){ const x = a + b * 238; if (x > 238) { return [x, a, b, 'str238'].join('-'); } return String(x); }
function f239(a,b){ const x = a + b * 239; if (x > 239) { return [x, a, b, 'str239'].join('-'); } return String(x); }
function f240(a,b){ const x = a + b * 240; if (x > 240) { return [x, a, b, 'str240'].join('-'); } return String(x); }
function f241(a,b){ const x = a + b * 241; if (x > 241) { return [x, a, b, 'str241'].join('-'); } return String(x); }
function f242(a,b){ const x = a + b * 242; if (x > 242) { return [x, a, b, 'str242'].join('-'); } return String(x); }
function f243(a,b){ const x = a + b * 243; if (x > 243) { return [x, a, b, 'str243'].join('-'); } return String(x); }
function f244(a,b){ const x = a + b * 244; if (x > 244) { return [x, a, b, 'str244'].join('-'); } return String(x); }
function f245(a,b){ const x = a + b * 245; if (x > 245) { return [x, a, b, 'str245'].join('-'); } return String(x); }
function f246(a,b){ const x = a + b * 246; if (x > 246) { return [x, a, b, 'str246'].join('-'); } return String(x); }
function f247(a,b){ const x = a + b * 247; if (x > 247) { return [x, a, b, 'str247'].join('-'); } return String(x); }
function f248(a,b){ const x = a + b * 248; if (x > 248) { return [x, a, b, 'str248'].join('-'); } return String(x); }
function f249(a,b){ const x = a + b * 249; if (x > 249) { return [x, a, b, 'str249'].join('-'); } return String(x); }
function f250(a,b){ const x = a + b * 250; if (x > 250) { return [x, a, b, 'str250'].join('-'); } return String(x); }
function f251(a,b){ const x = a + b * 251; if (x > 251) { return [x, a, b, 'str251'].join('-'); } return String(x); }
function f252(a,b){ const x = a + b * 252; if (x > 252) { return [x, a, b, 'str252'].join('-'); } return String(x); }
function f253(a,b){ const x = a + b * 253; if (x > 253) { return [x, a, b, 'str253'].join('-'); } return String(x); }
function f254(a,b){ const x = a + b * 254; if (x > 254) { return [x, a, b, 'str254'].join('-'); } return String(x); }
function f255(a,b){ const x = a + b * 255; if (x > 255) { return [x, a, b, 'str255'].join('-'); } return String(x); }
function f256(a,b){ const x = a + b * 256; if (x > 256) { return [x, a, b, 'str256'].join('-'); } return String(x); }
function f257(a,b){ const x = a + b * 257; if (x > 257) { return [x, a, b, 'str257'].join('-'); } return String(x); }
function f258(a,b){ const x = a + b * 258; if (x > 258) { return [x, a, b, 'str258'].join('-'); } return String(x); }
function f259(a,b){ const x = a + b * 259; if (x > 259) { return [x, a, b, 'str259'].join('-'); } return String(x); }
function f260(a,b){ const x = a + b * 260; if (x > 260) { return [x, a, b, 'str260'].join('-'); } return String(x); }
function f261(a,b){ const x = a + b * 261; if (x > 261) { return [x, a, b, 'str261'].join('-'); } return String(x); }
function f262(a,b){ const x = a + b * 262; if (x > 262) { return [x, a, b, 'str262'].join('-'); } return String(x); }
function f263(a,b){ const x = a + b * 263; if (x > 263) { return [x, a, b, 'str263'].join('-'); } return String(x); }
function f264(a,b){ const x = a + b * 264; if (x > 264) { return [x, a, b, 'str264'].join('-'); } return String(x); }
function f265(a,b){ const x = a + b * 265; if (x > 265) { return [x, a, b, 'str265'].join('-'); } return String(x); }
function f266(a,b){ const x = a + b * 266; if (x > 266) { return [x, a, b, 'str266'].join('-'); } return String(x); }
function f267(a,b){ const x = a + b * 267; if (x > 267) { return [x, a, b, 'str267'].join('-'); } return String(x); }
function f268(a,b){ const x = a + b * 268; if (x > 268) { return [x, a, b, 'str268'].join('-'); } return String(x); }
function f269(a,b){ const x = a + b * 269; if (x > 269) { return [x, a, b, 'str269'].join('-'); } return String(x); }
function f270(a,b){ const x = a + b * 270; if (x > 270) { return [x, a, b, 'str270'].join('-'); } return String(x); }
function f271(a,b){ const x = a + b * 271; if (x > 271) { return [x, a, b, 'str271'].join('-'); } return String(x); }
function f272(a,b){ const x = a + b * 272; if (x > 272) { return [x, a, b, 'str272'].join('-'); } return String(x); }
function f273(a,b){ const x = a + b * 273; if (x > 273) { return [x, a, b, 'str273'].join('-'); } return String(x); }
function f274(a,b){ const x = a + b * 274; if (x > 274) { return [x, a, b, 'str274'].join('-'); } return String(x); }
function f275(a,b){ const x = a + b * 275; if (x > 275) { return [x, a, b, 'str275'].join('-'); } return String(x); }
function f276(a,b){ const x = a + b * 276; if (x > 276) { return [x, a, b, 'str276'].join('-'); } return String(x); }
function f277(a,b){ const x = a + b * 277; if (x > 277) { return [x, a, b, 'str277'].join('-'); } return String(x); }
function f278(a,b){ const x = a + b * 278; if (x > 278) { return [x, a, b, 'str278'].join('-'); } return String(x); }
function f279(a,b){ const x = a + b * 279; if (x > 279) { return [x, a, b, 'str279'].join('-'); } return String(x); }
function f280(a,b){ const x = a + b * 280; if (x > 280) { return [x, a, b, 'str280'].join('-'); } return String(x); }
function f281(a,b){ const x = a + b * 281; if (x > 281) { return [x, a, b, 'str281'].join('-'); } return String(x); }
function f282(a,b){ const x = a + b * 282; if (x > 282) { return [x, a, b, 'str282'].join('-'); } return String(x); }
function f283(a,b){ const x = a + b * 283; if (x > 283) { return [x, a, b, 'str283'].join('-'); } return String(x); }
function f284(a,b){ const x = a + b * 284; if (x > 284) { return [x, a, b, 'str284'].join('-'); } return String(x); }
function f285(a,b){ const x = a + b * 285; if (x > 285) { return [x, a, b, 'str285'].join('-'); } return String(x); }
function f286(a,b){ const x = a + b * 286; if (x > 286) { return [x, a, b, 'str286'].join('-'); } return String(x); }
function f287(a,b){ const x = a + b * 287; if (x > 287) { return [x, a, b, 'str287'].join('-'); } return String(x); }
function f288(a,b){ const x = a + b * 288; if (x > 288) { return [x, a, b, 'str288'].join('-'); } return String(x); }
function f289(a,b){ const x = a + b * 289; if (x > 289) { return [x, a, b, 'str289'].join('-'); } return String(x); }
function f290(a,b){ const x = a + b * 290; if (x > 290) { return [x, a, b, 'str290'].join('-'); } return String(x); }
function f291(a,b){ const x = a + b * 291; if (x > 291) { return [x, a, b, 'str291'].join('-'); } return String(x); }
function f292(a,b){ const x = a + b * 292; if (x > 292) { return [x, a, b, 'str292'].join('-'); } return String(x); }
function f293(a,b){ const x = a + b * 293; if (x > 293) { return [x, a, b, 'str293'].join('-'); } return String(x); }
function f294(a,b){ const x = a + b * 294; if (x > 294) { return [x, a, b, 'str294'].join('-'); } return String(x); }
function f295(a,b){ const x = a + b * 295; if (x > 295) { return [x, a, b, 'str295'].join('-'); } return String(x); }
function f296(a,b){ const x = a + b * 296; if (x > 296) { return [x, a, b, 'str296'].join('-'); } return String(x); }
function f297(a,b){ const x = a + b * 297; if (x > 297) { return [x, a, b, 'str297'].join('-'); } return String(x); }
function f298(a,b){ const x = a + b * 298; if (x > 298) { return [x, a, b, 'str298'].join('-'); } return String(x); }
function f299(a,b){ const x = a + b * 299; if (x > 299) { return [x, a, b, 'str299'].join('-'); } return String(x); }
return 1;}
globalThis.__o=outer;
// The baseline for the generator-efficiency and memory benchmarks: the same HTTP requests as the
// regular-user workflow (lib/workflows.ts: a list, then three tasks weighted 5/4/1 of list /
// open a course and read a chapter / create, read back and delete), with no tags, checks, groups
// or custom metrics. Plain JS on purpose: it is what a hand-written k6 script costs.
import http from 'k6/http';
import { sleep } from 'k6';

const BASE_URL = __ENV.BASE_URL;
const THINK_S = Number(__ENV.BENCH_THINK_S || '0');

export const options = {
  scenarios: {
    bare: {
      executor: 'constant-vus',
      vus: Number(__ENV.BENCH_VUS || '10'),
      duration: `${__ENV.BENCH_DURATION_S || '10'}s`,
    },
  },
};

export function setup() {
  const json = { 'Content-Type': 'application/json' };
  const login = http.post(`${BASE_URL}/api/v1/auth/login`, JSON.stringify({
    email: __ENV.REGULAR_USER_EMAIL || 'regular@example.com',
    password: __ENV.REGULAR_USER_PASSWORD || 'regular-password',
  }), { headers: json });
  const headers = { ...json, Authorization: `Bearer ${login.json('access_token')}` };
  const course = http.post(`${BASE_URL}/api/v1/courses`, JSON.stringify({ title: 'bench bare', topic: 'bench', level: 'beginner', chapter_count: 1 }), { headers }).json();
  const job = http.post(`${BASE_URL}/api/v1/courses/${course.id}/generate`, '{}', { headers }).json();
  for (let i = 0; i < 60 && http.get(`${BASE_URL}/api/v1/jobs/${job.job_id}`, { headers }).json('status') !== 'completed'; i++) sleep(0.5);
  return { headers, courseId: course.id };
}

function think() {
  if (THINK_S > 0) sleep(THINK_S);
}

export default function (data) {
  const params = { headers: data.headers };
  http.get(`${BASE_URL}/api/v1/courses?limit=20`, params);
  think();
  for (let step = 0; step < 3; step++) {
    const pick = Math.random() * 10;
    if (pick < 5) {
      http.get(`${BASE_URL}/api/v1/courses?limit=20&offset=0`, params);
    } else if (pick < 9) {
      JSON.parse(http.get(`${BASE_URL}/api/v1/courses/${data.courseId}`, params).body);
      http.get(`${BASE_URL}/api/v1/courses/${data.courseId}/chapters/1`, params);
    } else {
      const created = JSON.parse(http.post(`${BASE_URL}/api/v1/courses`, JSON.stringify({ title: `bare ${__VU} ${__ITER}`, topic: 'algebra', level: 'beginner', chapter_count: 2 }), params).body);
      http.get(`${BASE_URL}/api/v1/courses/${created.id}`, params);
      http.del(`${BASE_URL}/api/v1/courses/${created.id}`, null, params);
    }
    think();
  }
}
